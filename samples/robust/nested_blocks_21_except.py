# An except clause at depth 19: its body would be block 21.
class C:
    def __enter__(self): return self
    def __exit__(self, *a): pass


def f():
    for i1 in [1]:
        for i2 in [2]:
            for i3 in [3]:
                for i4 in [4]:
                    for i5 in [5]:
                        for i6 in [6]:
                            for i7 in [7]:
                                for i8 in [8]:
                                    for i9 in [9]:
                                        for i10 in [10]:
                                            for i11 in [11]:
                                                for i12 in [12]:
                                                    for i13 in [13]:
                                                        for i14 in [14]:
                                                            for i15 in [15]:
                                                                for i16 in [16]:
                                                                    for i17 in [17]:
                                                                        for i18 in [18]:
                                                                            for i19 in [19]:
                                                                                try:
                                                                                    raise KeyError(1)
                                                                                except KeyError:
                                                                                    return "deep"


print(f())

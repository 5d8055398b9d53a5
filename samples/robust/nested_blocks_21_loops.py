# 21 nested loops: one block more than CPython allows.
class C:
    def __enter__(self): return self
    def __exit__(self, *a): pass


def f():
    for i1 in [1]:
        while True:
            for i3 in [3]:
                while True:
                    for i5 in [5]:
                        while True:
                            for i7 in [7]:
                                while True:
                                    for i9 in [9]:
                                        while True:
                                            for i11 in [11]:
                                                while True:
                                                    for i13 in [13]:
                                                        while True:
                                                            for i15 in [15]:
                                                                while True:
                                                                    for i17 in [17]:
                                                                        while True:
                                                                            for i19 in [19]:
                                                                                while True:
                                                                                    for i21 in [21]:
                                                                                        return "deep"
                                                                                    break
                                                                            break
                                                                    break
                                                            break
                                                    break
                                            break
                                    break
                            break
                    break
            break


print(f())

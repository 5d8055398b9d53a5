# 20 nested blocks (loops, with, try, except clauses): the most CPython's
# compiler allows in one function (CO_MAXBLOCKS).
class C:
    def __enter__(self): return self
    def __exit__(self, *a): pass


def f():
    for i1 in [1]:
        while True:
            with C():
                try:
                    try:
                        raise KeyError(1)
                    except KeyError:
                        for i6 in [6]:
                            while True:
                                with C():
                                    try:
                                        try:
                                            raise KeyError(1)
                                        except KeyError:
                                            for i11 in [11]:
                                                while True:
                                                    with C():
                                                        try:
                                                            try:
                                                                raise KeyError(1)
                                                            except KeyError:
                                                                for i16 in [16]:
                                                                    while True:
                                                                        return "deep"
                                                                        break
                                                        finally:
                                                            pass
                                                    break
                                    finally:
                                        pass
                                break
                finally:
                    pass
            break


print(f())

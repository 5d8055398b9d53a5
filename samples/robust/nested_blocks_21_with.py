# 21 nested with statements.
class C:
    def __enter__(self): return self
    def __exit__(self, *a): pass


def f():
    with C():
        with C():
            with C():
                with C():
                    with C():
                        with C():
                            with C():
                                with C():
                                    with C():
                                        with C():
                                            with C():
                                                with C():
                                                    with C():
                                                        with C():
                                                            with C():
                                                                with C():
                                                                    with C():
                                                                        with C():
                                                                            with C():
                                                                                with C():
                                                                                    with C():
                                                                                        return "deep"


print(f())

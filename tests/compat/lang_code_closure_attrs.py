def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c()
print(c.__code__.co_freevars, c.__closure__[0].cell_contents, counter.__code__.co_cellvars)
def f(a, b, *c, d=1): e = 2
print(f.__code__.co_argcount, f.__code__.co_varnames, f.__code__.co_name, f.__defaults__, f.__kwdefaults__)

def outer(p, /, q, *args, r, s=2, **kw):
    loc = 1
    def inner(): return p + loc
    return inner
co = outer.__code__
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
ic = outer(1, 2, r=3).__code__
print(ic.co_freevars, ic.co_varnames, ic.co_name, ic.co_qualname, ic.co_names)
def g(): return len(print)
print(g.__code__.co_names, g.__code__.co_qualname)
def mk():
    z = 1; a = 2; m = 3
    def use(): return z + a + m
    return use
u = mk()
print(mk.__code__.co_cellvars, u.__code__.co_freevars, [c.cell_contents for c in u.__closure__], mk.__code__.co_varnames, mk.__code__.co_nlocals)

def g():
    yield 1
it = g()
print(type(it).__name__, iter(it) is it)
print(list(it), list(it))
def running():
    yield gen.gi_running
gen = running()
print(next(gen))
def bad():
    yield next(me)
me = bad()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)

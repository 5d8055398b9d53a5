# bools and None.
print(True + 1, True + True, False * 10, -True)
print(True == 1, False == 0, True is True)
print(repr(None), str(None), None is None, None == None)
print(bool(0), bool(1), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool({}), bool(0.0))
print(type(True), type(None))
print(not None, not 0, not 'x')
print(isinstance(True, int), True & False, True | False, True ^ True)
print(str(True), repr(False), [True, None, False])
def f():
    pass
print(f())
print(sum([True, True, False, True]))

# pass, assert, del of names.
def todo():
    pass

class Empty:
    pass

print(todo(), type(Empty()).__name__)
for i in range(2):
    pass
print(i)
assert 1 + 1 == 2
assert True, "never shown"
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
v = 10
del v
try:
    print(v)
except NameError as e:
    print("NameError", e)
a, b = 1, 2
del a, b
lst = [1, 2, 3]
d = {"k": 1}
del lst[0], d["k"]
print(lst, d)

# Conversion builtins and type().
print(len("abc"), len([1, 2]), len({"a": 1}), len(range(4)), len((1,)))
print(repr("s"), repr(1), repr([1, "a"]), str("s"), str(1.5), str([1, "a"]))
print(int("7"), int(7.7), float("2.5"), float(3), bool(""), bool("0"))
print(list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3)), list())
print(tuple([1, 2]), tuple(), dict([(1, 2)]), sorted(set([3, 1, 3])))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()))
print(type(None), type(True), type(len), type(range(1)))
print(type(1) is int, type("x") == str, type(type))

def f():
    pass

class K:
    pass

print(type(f), type(K), type(K()).__name__, type(lambda: 0).__name__)
print(int, str, list, dict, K.__name__)

from collections import namedtuple, OrderedDict, Counter, defaultdict
P = namedtuple("P", "x y")
class MyList(list): pass
class MyDict(dict): pass
class I(int): pass
for subject in (P(1, 2), MyList([1, 2]), MyDict(a=1), OrderedDict(a=2), Counter("aa"), defaultdict(int, b=3), I(4), True, 3.5):
    match subject:
        case P(x=0):
            print("origin")
        case P(x, y):
            print("P", x, y)
        case [a, b]:
            print("seq", a, b, type(subject).__name__)
        case {"a": v}:
            print("map a", v, type(subject).__name__)
        case {"b": v}:
            print("map b", v)
        case bool(b):
            print("bool", b)
        case int(n):
            print("int", n, type(n).__name__)
        case float(f):
            print("float", f)

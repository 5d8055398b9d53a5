# CPython's collections package on coil: collections.abc's ABCs with their
# mixin methods and virtual subclasses, UserList and UserString, ChainMap,
# and deque/defaultdict/OrderedDict/Counter/namedtuple as sequences and
# mappings to the match statement.
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple
from collections.abc import (Callable, Container, Hashable, Iterable, Iterator, Mapping, MutableMapping,
                             MutableSequence, Sequence, Set, Sized)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Squares(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, Iterable))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r.update(a=1, b=2)
r.setdefault("c", 3)
print(dict(r), r.pop("a"), sorted(r.keys()), r.get("zz", 0), isinstance(r, Mapping))
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({1}, Set),
      isinstance(len, Callable), isinstance(iter([]), Iterator), isinstance([], Hashable), isinstance("", Container))
print(issubclass(deque, MutableSequence), issubclass(OrderedDict, MutableMapping), isinstance(r, Sized))


class Tagged(UserList):
    def tag(self):
        return "<" + ",".join(map(str, self.data)) + ">"


t = Tagged([3, 1, 2])
t.sort()
print(t, t.tag(), t + [4], type(t[:2]).__name__, len(t))
u = UserString("hello")
print(u.upper(), u[1:3], u + "!", u.count("l"), isinstance(u, Sequence))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)


def kind(subject):
    match subject:
        case [first, *rest]:
            return f"sequence first={first} rest={rest}"
        case {"k": value}:
            return f"mapping k={value}"
        case _:
            return "other"


Pair = namedtuple("Pair", "left right")
for subject in (deque([1, 2, 3]), UserList([7]), UserDict(k=1), defaultdict(int, k=2), OrderedDict(k=3),
                Counter(k=4), Pair(1, 2), ChainMap({"k": 5}), s, r, "str", b"bytes"):
    print(type(subject).__name__, kind(subject))

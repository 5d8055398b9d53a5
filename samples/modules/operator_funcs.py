# The operator module.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(5, 2), operator.mul(3, 4), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2), operator.not_(0), operator.truth([]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5),
      operator.lshift(1, 4), operator.rshift(64, 2), operator.abs(-3), operator.index(7))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1),
      operator.indexOf("abc", "c"), operator.is_(None, None), operator.is_not(1, None))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.iadd([1], [2]), operator.length_hint([1, 2]))

rows = [("bob", 25, "b"), ("ann", 30, "a"), ("cid", 25, "c")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("hello"), itemgetter("k")({"k": 9}))
print(list(map(itemgetter(0), rows)))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct

people = [P("zed"), P("amy", P("in")), P("kim")]
print([p.name for p in sorted(people, key=attrgetter("name"))])
print(attrgetter("inner.name")(people[1]), attrgetter("name", "inner")(people[0]))
print(repr(attrgetter("a.b", "c")))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[2]))
print(methodcaller("upper")("abc"), repr(methodcaller("f", 1, k=2)))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))
try:
    itemgetter()
except TypeError as e:
    print("TypeError:", e)

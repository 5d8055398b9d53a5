class I(int):
    def __add__(self, o): return "add"
    def __radd__(self, o): return "radd"
    def __eq__(self, o): return "eq"
    def __lt__(self, o): return "lt"
    def __neg__(self): return "neg"
    def __hash__(self): return 7
    def __bool__(self): return False
    def __index__(self): return 3
    def __mul__(self, o): return "mul"
    def __truediv__(self, o): return "div"
i = I(5)
print(i + 1, 1 + i, i == 5, i < 2, -i, hash(i), bool(i), i * 2, i / 2, [0,1,2,3,4,5][i], i - 1)
class S(str):
    def __add__(self, o): return "sadd"
    def __eq__(self, o): return "seq"
    def __hash__(self): return 1
    def __len__(self): return 99
    def __contains__(self, x): return True
    def __mod__(self, o): return "smod"
s = S("ab")
print(s + "c", s == "ab", hash(s), len(s), "z" in s, s % 1, "x" + s)
class T(tuple):
    def __len__(self): return 0
    def __getitem__(self, i): return "g"
    def __iter__(self): return iter([9])
t = T((1,2))
print(len(t), t[0], list(t), tuple(t), [*t], sorted(t))
a, = t
print(a)

class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1), c * 2, c > 20, c == 21.5, hash(c) == hash(21.5), c.to_f(), str(c))
print(float(c), type(float(c)), int(c), round(c), c.is_integer(), c.real, type(c.real), -c, +c, type(+c), abs(Celsius(-2.0)))
print(f"{c:.3f}", format(c, ">8.2f"), "%.2f" % c, c.hex(), c.as_integer_ratio(), divmod(c, 2), c // 2, c % 2, c ** 2)
import math
print(math.floor(c), math.sqrt(Celsius(16)), isinstance(c, float), bool(Celsius(0)), Celsius("3.5"), Celsius())
class Money(float):
    def __new__(cls, amount, currency="EUR"):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self
    def __str__(self):
        return f"{float(self):.2f} {self.currency}"
m = Money(9.5, "USD")
print(m, m.currency, m + 0.5, sorted([Money(3), Money(1), 2.0]), max(m, 1), sum([Money(1), Money(2)]))
class F(float): pass
class I(int): pass
print(type(round(I(5))), round(F(2.5), 1), type(round(F(2.5), 1)), "%d" % F(2.7), "%x" % I(255), "%s" % F(1.0), "%r" % I(3))
print(F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__, F(2) == I(2), {F(1.0): "a"}[1], max(F(1), I(2)), F(1) < I(2))
print(str(F(1e20)), repr(F(float("nan"))), F(float("inf")) > 1e308, sorted([F(2), I(1), 0.5]))
import math
print(math.isclose(F(1.0), 1.0), math.fsum([F(0.1)] * 10), math.trunc(F(2.9)), math.ceil(F(2.1)))
print(isinstance(F(1), float), issubclass(F, float), F.__mro__, I(3).__index__(), F(3.0).__float__())

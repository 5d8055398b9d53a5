# @dataclass options: frozen, order, eq=False, repr=False, replace, hashing.
from dataclasses import dataclass, field, replace, is_dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(c, lon=9.0), c)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "old")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 0, "x") == Version(1, 0, "y"))

@dataclass(eq=False)
class Ident:
    v: int

print(Ident(1) == Ident(1), Ident(1).v)

@dataclass(repr=False)
class Hidden:
    secret: str

    def __repr__(self):
        return "Hidden(***)"

print(Hidden("pw"))

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self

acct = Account("ann").deposit(10).deposit(5.5)
print(acct, acct.history, is_dataclass(acct), is_dataclass(Account), is_dataclass(5))

@dataclass
class Mutable:
    x: int

try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1

print(Options(level=3), Options())
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)

# CPython's own enum module (from its installed library) on coil: Enum, IntEnum,
# Flag, IntFlag, StrEnum, auto, unique, the functional API, members with
# __init__, and the errors for unknown values and names.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def default(cls): return cls.RED
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], list(Color), len(Color))
print(Color.RED.describe(), Color.default(), Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
print({c: c.value for c in Color}, Color.__members__.keys())
try: Color(7)
except ValueError as e: print("ValueError:", e)
try: Color["PINK"]
except KeyError as e: print("KeyError:", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num(2), sorted([Num.TWO, Num.ONE]), int(Num.TWO), f"{Num.ONE}", str(Num.ONE))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), ~Perm.R)
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, P2.A | 4, int(P2.B))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.SQ.value, Shape(3))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.B.upper(), S("bee"), S.A == "a")
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(Ordered.A.name, Color.RED.__class__.__name__, type(Color).__name__)
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
try:
    Color.RED = 5
except AttributeError as e: print("AttributeError:", e)
print(enum.Enum.__doc__ is not None)

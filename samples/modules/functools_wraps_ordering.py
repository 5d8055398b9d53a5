# wraps/update_wrapper, total_ordering, cmp_to_key.
from functools import wraps, update_wrapper, total_ordering, cmp_to_key

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

add.__dict__  # exists
print(add(2, 3), add.__name__, add.__qualname__, add.__doc__, add.__wrapped__(1, 1))

def tagged(f):
    f.tag = "important"
    return f

@logged
@tagged
def mul(a, b):
    return a * b

print(mul(3, 4), mul.tag, mul.__name__, mul.__doc__)

class Counter:
    def __init__(self, func):
        update_wrapper(self, func)
        self.func = func
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.func(*args)

@Counter
def hello(name):
    "Say hello."
    return "hello " + name

print(hello("a"), hello("b"), hello.count, hello.__name__, hello.__doc__)

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

a, b, c = Version(1, 2), Version(1, 3), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, b > a, a == c, a != b)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]))

@total_ordering
class Weight:
    def __init__(self, w):
        self.w = w

    def __eq__(self, other):
        return self.w == other.w

    def __gt__(self, other):
        return self.w > other.w

print(Weight(1) < Weight(2), Weight(3) <= Weight(3), Weight(2) >= Weight(5))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def compare_len(a, b):
    return len(a) - len(b)

words = ["banana", "kiwi", "apple", "fig"]
print(sorted(words, key=cmp_to_key(compare_len)))
print(sorted(words, key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
print(max(words, key=cmp_to_key(compare_len)))

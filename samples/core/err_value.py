# ValueError messages.
def check(f):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

check(lambda: int('abc'))
check(lambda: int(''))
check(lambda: int('12.5'))
check(lambda: int('z', 16))
check(lambda: float('x1'))
check(lambda: [1, 2].remove(3))
check(lambda: [1, 2].index(5))
check(lambda: "abc".index("z"))

def too_many():
    a, b = [1, 2, 3]

def not_enough():
    a, b, c = (1, 2)

def not_enough_star():
    a, b, *c = [1]

check(too_many)
check(not_enough)
check(not_enough_star)
check(lambda: chr(-1))

# NameError and TypeError from bad calls.
def two(a, b):
    return a + b

def kw(a, *, flag=False):
    return a

def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: undefined_thing)
check(lambda: two(1))
check(lambda: two())
check(lambda: two(1, 2, 3))
check(lambda: two(1, 2, c=3))
check(lambda: two(1, a=1))
check(lambda: kw(1, 2))
check(lambda: kw())

class C:
    def method(self, x):
        return x

check(lambda: C().method())
check(lambda: C().method(1, 2))
check(lambda: len())
check(lambda: len(1, 2))

# Results too big to build raise MemoryError or CPython's OverflowError at
# once instead of running forever or aborting.
import math

def show(label, f):
    try:
        r = f()
        print(label, '->', r if not isinstance(r, int) or r.bit_length() < 200 else ('bits', r.bit_length()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

show("math.comb(2**64, 2**63)", lambda: math.comb(2**64, 2**63))
show("math.comb(2**63, 2)", lambda: math.comb(2**63, 2))
show("math.perm(2**64, 2**63)", lambda: math.perm(2**64, 2**63))
show("math.perm(2**63, 2)", lambda: math.perm(2**63, 2))
show("math.factorial(2**63)", lambda: math.factorial(2**63))
show("1 << 2**63", lambda: 1 << 2**63)
show("1 << 2**50", lambda: 1 << 2**50)
show("(1 << 2**20) << 2**50", lambda: (1 << 2**20) << 2**50)
show("2**63 >> 2**63", lambda: 2**63 >> 2**63)
show("-1 >> 2**64", lambda: -1 >> 2**64)
show("1 << 100000", lambda: 1 << 100000)
show("math.isqrt(2**127)", lambda: math.isqrt(2**127))
show("math.gcd(-2**63, 0)", lambda: math.gcd(-2**63, 0))
show("math.lcm(-2**63, 3)", lambda: math.lcm(-2**63, 3))
show("math.ldexp(1.0, 2**63)", lambda: math.ldexp(1.0, 2**63))
show("math.ldexp(1.0, -2**63)", lambda: math.ldexp(1.0, -2**63))
show("pow(3, 2**63, 2**63 - 1)", lambda: pow(3, 2**63, 2**63 - 1))
show("(2**64) ** 3", lambda: (2**64) ** 3)
show("float(2**1024)", lambda: float(2**1024))
show("2.0 ** 2**63", lambda: 2.0 ** 2**63)
show("10 ** -2**63", lambda: 10 ** -2**63)
show("int('9' * 5000)", lambda: int('9' * 5000))
show("str(10**5000)", lambda: str(10**5000))

import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.pi, math.e)
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float('nan')), math.isinf(-math.inf), math.fsum([0.1] * 10))
print(math.log(math.e), math.log2(1024), math.log10(1000), math.log(8, 2), math.exp(0), math.hypot(3, 4))
print(round(math.sin(math.pi / 2), 10), math.degrees(math.pi), math.copysign(3, -0.0), math.fmod(-7, 3), math.prod([1, 2, 3, 4]))

import math, time, random
for f in [lambda: math.floor(), lambda: math.sqrt(), lambda: math.gcd('a'), lambda: math.log(), lambda: math.pow(1), lambda: math.isclose(1), lambda: time.sleep(), lambda: math.factorial(), lambda: math.comb(1), lambda: math.hypot('a'), lambda: math.ceil(1, 2), lambda: math.fabs(), lambda: math.exp('x'), lambda: time.sleep('x')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: math.floor(x=1), lambda: math.pow(x=1,y=2), lambda: math.log(x=1), lambda: time.sleep(x=1), lambda: math.log(1,2,3), lambda: math.gcd(x=1), lambda: math.isqrt(), lambda: math.trunc()]:
  try: f()
  except TypeError as e: print(e)

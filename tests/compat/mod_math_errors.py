import math
for f, a in ((math.sqrt, -1), (math.log, 0), (math.factorial, -1), (math.acos, 2)):
    try:
        f(a)
    except ValueError as e:
        print('ValueError:', e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ':', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError:', e)
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20)

import math
print((5).__index__(), True.__int__(), (7).__float__(), (-3).__abs__(), (2**70).__abs__() == 2**70, (-2**70).__abs__() == 2**70)
print((15).__round__(-1), (2.675).__round__(2), (2.5).__round__(), (7).__divmod__(2), (7).__rdivmod__(20), (7).__divmod__(2.0))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (3.7).__int__(), (-3.7).__trunc__(), (3.2).__floor__(), (3.2).__ceil__(), (-0.5).__abs__())
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), round(7, -1), abs(-2.5), divmod(7, 2), divmod(-7.5, 2))
for bad in [lambda: (1.0).__divmod__(0), lambda: float('inf').__floor__(), lambda: float('nan').__int__(), lambda: divmod(1, 'x'), lambda: (1).__index__(2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(sorted(set(dir(int)) ^ set(dir(True))), 'abs' in dir(__builtins__) if False else '')

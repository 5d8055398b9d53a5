def f(x, y=1):
    pass
class K:
    def m(self, a):
        pass
calls = [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, z=2), lambda: f(1, x=2),
         lambda: K().m(), lambda: K().m(1, 2), lambda: len(), lambda: len(1, 2),
         lambda: (lambda: 0)(1), lambda: f(**{'x': 1, 'q': 2})]
for c in calls:
    try:
        c()
    except TypeError as e:
        print('TypeError:', e)

import operator
class A:
    def __index__(self): return 7
class B:
    def __index__(self): return 'x'
print(operator.index(5), operator.index(True), operator.index(A()), operator.index(2 ** 70))
for bad in [B(), 1.5, 'a']:
    try: operator.index(bad)
    except TypeError as e: print(e)

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
class O: pass
o1, o2 = O(), O()
print(o1 == o1, o1 == o2, o1 != o2, o1 in [o2], o1 in [o1])
nan = float('nan')
print(nan in [nan], [nan] == [nan], nan == nan)
print(None is None, True is True)

x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x |= 1; x ^= 3; x >>= 1; x &= 6
print(x)
s = 'a'; s += 'b'; s *= 2
print(s)
l = [1]; l2 = l; l += [2]; print(l, l2 is l)
t = (1,); t2 = t; t += (2,); print(t, t2)
d = {'k': 1}; d['k'] += 1; print(d)
class O: v = 1
o = O(); o.v += 1; print(o.v, O.v)
f = 1.5; f /= 2; print(f)
lst = [1, 2]; lst[0] += 10; lst[-1] *= 3; print(lst)

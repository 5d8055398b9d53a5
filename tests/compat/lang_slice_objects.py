sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl)
print(list(range(20))[sl], 'abcdefghijk'[sl])
print(sl.indices(5), slice(None, None, -1).indices(4))
class C:
    def __getitem__(self, k):
        return k
c = C()
print(c[1:2], c[::3], c[1:2, 3], c[...])

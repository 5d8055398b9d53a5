class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
b = Bag(3, 1, 2)
print(len(b), 2 in b, 5 not in b, list(b), sorted(b), b[0], b[-1], b[0:2])
print(bool(Bag()), bool(b))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())

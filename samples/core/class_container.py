# __len__, __iter__/__next__, __getitem__, __contains__.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items

    def __iter__(self):
        return iter(self.items)

print(list(Countdown(3)))
for n in Countdown(2):
    print("tick", n)
b = Bag("a", "b", "c")
print(len(b), b[0], b[-1], b[0:2])
print("b" in b, "z" in b)
print([x.upper() for x in b], sorted(b, reverse=True))

class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), len(Bag()), bool(Bag()))

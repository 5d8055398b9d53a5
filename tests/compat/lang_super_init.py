class Base:
    def __init__(self, x):
        self.x = x
        print('Base init', x)
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Child init', y)
c = Child(1, 2)
print(c.x, c.y)
class Other(Base):
    def __init__(self):
        super(Other, self).__init__('o')
Other()
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class L(K):
    @classmethod
    def make(cls):
        return 'L:' + super().make()
print(L.make())

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print('creating', cls.__name__, a)
        return super().__call__(*a)
class Tagged(metaclass=Meta):
    def __init__(self, v): self.v = v
t = Tagged(3)
print(Tagged.tag, type(Tagged).__name__, t.v, isinstance(Tagged, Meta))

# __init__, methods, class vs instance attributes.
class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return self.name + " (" + str(self.age) + ") knows " + str(self.tricks)

a = Dog("Rex", 3)
b = Dog("Fido")
a.add_trick("sit").add_trick("roll")
print(a.describe())
print(b.describe())
print(Dog.count, a.count, b.species)
b.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
print(a.name, b.age, a.tricks is b.tricks)
m = a.describe
print(m())
print(Dog.describe(b))
a.age += 1
print(a.age)
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog))

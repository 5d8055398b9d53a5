# Inheritance, super().__init__, overriding, isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return self.name + " says " + self.speak()

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy

    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    def __init__(self, name):
        super().__init__(name.upper())

for pet in [Animal("thing"), Dog("Rex"), Puppy("Bit", "ball"), Cat("tom")]:
    print(type(pet).__name__, pet.intro())
p = Puppy("Bit", "ball")
print(p.toy, p.name)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(isinstance(p, (Cat, Dog)), Puppy.__bases__[0].__name__)

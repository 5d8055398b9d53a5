# @staticmethod, @classmethod, @property with setter.
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def describe(x):
        return "temperature " + str(x)

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def get_scale(cls):
        return cls.scale

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError")
print(Temperature.describe(3), t.describe("x"))
f = Temperature.freezing()
print(type(f).__name__, f.celsius, Temperature.get_scale(), t.get_scale())

class Kelvin(Temperature):
    scale = "K"

print(type(Kelvin.freezing()).__name__, Kelvin.get_scale())

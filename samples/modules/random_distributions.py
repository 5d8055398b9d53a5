# gauss, normalvariate and friends; getstate/setstate; Random instances.
import random

random.seed(99)
print([round(random.gauss(0, 1), 12) for _ in range(6)])
print(random.gauss(10, 2), random.gauss())
print(random.normalvariate(1, 3), random.normalvariate())
print(random.expovariate(2.0), random.triangular(0, 10, 3), random.triangular())
print(random.lognormvariate(0, 1))
print(random.randbytes(6))

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
second = [random.random() for _ in range(3)]
print(first == second, len(state), state[0], len(state[1]))

# Independent generators.
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r3 = random.Random("seed text")
print(r3.random(), r3.choice("xyz"), r3.sample(range(20), 4))
lst = list(range(10))
r3.shuffle(lst)
print(lst)
r3.seed(5)
print(r3.random() == random.Random(5).random())
print(type(r1).__name__, isinstance(r1, random.Random))

# The module functions share one generator.
random.seed(1)
x = random.random()
random.seed(1)
print(x == random.random())

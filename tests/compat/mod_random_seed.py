import random
random.seed(42)
print(random.random(), random.randint(1, 100))
random.seed(42)
print(random.random())

import random
random.seed(7)
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice('abcdef'), random.sample(range(100), 5), random.uniform(1, 2))
print(random.randrange(0, 100, 5), random.getrandbits(16))

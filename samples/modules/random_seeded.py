# random with fixed seeds gives CPython's numbers: random(), getrandbits,
# randrange, randint, uniform for int, str, bytes and float seeds.
import random

for seed in [0, 1, 42, -7, 2**32, 2**40 + 3, 2**100 + 12345, 12345678901234567890]:
    random.seed(seed)
    print(seed, random.random(), random.random())
    print("  bits", random.getrandbits(1), random.getrandbits(8), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
    print("  randrange", random.randrange(10), random.randrange(3, 1000, 7),
          random.randrange(100, 0, -3), random.randrange(-2**70, 2**70))
    print("  randint", [random.randint(1, 6) for _ in range(10)], random.randint(-10**20, 10**20))
    print("  uniform", random.uniform(1, 5), random.uniform(-1.5, 1.5))

for seed in ["hello", "", "ünïcödé", b"bytes", b"", 3.5, 0.0, -2.25]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000), random.getrandbits(70))

# Re-seeding repeats the sequence.
random.seed(2024)
a = [random.random() for _ in range(5)]
random.seed(2024)
b = [random.random() for _ in range(5)]
print(a == b, a)

# A long run crosses many MT19937 twists.
random.seed(7)
total = 0
for i in range(5000):
    total += random.randrange(1000000)
print(total, random.random())

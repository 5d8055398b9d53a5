# random's argument errors.
import random

random.seed(3)
tests = [
    lambda: random.randrange(0),
    lambda: random.randrange(-5),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(10, 2),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(1, 10, -1),
    lambda: random.randrange(10, step=2),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.getrandbits(-1),
    lambda: random.choices([1, 2], 3),
    lambda: random.choices([1, 2], [1], k=2),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
    lambda: random.seed([1, 2]),
    lambda: random.sample(["a", "b"], 1, counts=[1]),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(random.randrange(5, 6), random.randint(3, 3), random.randrange(10, 11, 5))

# shuffle, choice, sample (both algorithms) and choices (both paths).
import random

random.seed(12345)
letters = "abcdefghij"
print([random.choice(letters) for _ in range(15)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)), random.choice(range(100)))

deck = list(range(52))
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)

# sample: the pool method for small populations, the selected-set method
# for large ones.
print(random.sample(range(10), 10))
print(random.sample(range(30), 5))
print(random.sample(range(1000), 20))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefgh", 3))
print(random.sample(["a", "b", "c"], k=5, counts=[3, 1, 2]))
print(random.sample(list(range(100)), 0))
print(sorted(random.sample(range(50), 50)) == list(range(50)))

# choices: equal weights, weights, cumulative weights.
print(random.choices("abc", k=8))
print(random.choices(["x", "y", "z"], [1, 5, 2], k=10))
print(random.choices(range(4), cum_weights=[0.5, 1, 3, 3.5], k=6))
print(random.choices([1, 2, 3]))
print(random.choices(["lo", "hi"], weights=[0.1, 0.9], k=5))

counts = {}
for _ in range(2000):
    c = random.choice("abcd")
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))

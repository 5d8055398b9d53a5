from collections import Counter
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:4])
c.update('aaz')
print(c['a'], c['z'], sum(c.values()))
d = Counter(a=3, b=1) - Counter(a=1, b=2)
print(d, Counter(a=1) + Counter(a=2, b=1))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))

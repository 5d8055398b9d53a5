# *args / **kwargs and call-site unpacking.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "x", key=None)
nums = [4, 5, 6]
opts = {"sep": "-", "end": "!\n"}
show(*nums)
show(0, *nums, 7, *(8, 9))
show(**opts)
show(*nums, z=1, **opts)
print(*nums)
print(*nums, **opts)

def add3(a, b, c):
    return a + b + c

print(add3(*[1, 2, 3]), add3(1, *(2, 3)), add3(**{"a": 1, "b": 2, "c": 3}), add3(1, **{"c": 3, "b": 2}))

def total(*values):
    s = 0
    for v in values:
        s += v
    return s

print(total(), total(1), total(*range(10)))
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged, [*"ab", *[1, 2]], (*range(3),))

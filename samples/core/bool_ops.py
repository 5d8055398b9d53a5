# Chained comparisons, and/or, not, in, is, conditional expressions.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 3 == 3 == 3.0, 1 < 2 > 0)
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1, None and crash)
print("a" or crash, [] and crash)
print(not True, not [], not not 3)
print(3 in [1, 2, 3], "x" not in "abc", "k" in {"k": 1}, 2 in (1, 2))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None)
print("yes" if x > 3 else "no", "yes" if x > 30 else "no")
print(x if x else -1, (lambda v: "pos" if v > 0 else "zero" if v == 0 else "neg")(0))

def loud(v):
    print("eval", v)
    return v

print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) < loud(2) < loud(0) < loud(3))

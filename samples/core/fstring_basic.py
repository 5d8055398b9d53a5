# Basic f-strings.
name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"{age + 1} next year; {name.upper()}; {len(name)}")
print(f"{'quoted'} {[1, 2][0]} {{braces}}")
items = [1, 2, 3]
print(f"sum={sum(items)} list={items} dict={ {'a': 1} }")
print(f"{3.0} {1/3} {True} {None}")
x = 5
print(f"{x if x > 3 else 0}")
print(f"{'a' 'b'}" f"{x}")

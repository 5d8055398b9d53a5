# ZeroDivisionError messages.
for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 5.0 // 0.0, lambda: 2 ** 80 // 0]:
    try:
        expr()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    x = 10
    x /= 0
except ArithmeticError as e:
    print("as ArithmeticError:", e)

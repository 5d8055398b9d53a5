for c in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
          lambda: 1.5 // 0.0, lambda: 0 ** -1, lambda: 5 % 0.0):
    try:
        c()
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)

class A:
    y = 10
    try:
        vals = [y for _ in range(2)]
    except NameError as e:
        print('NameError:', e)
    first = [y] * 2
print(A.first)

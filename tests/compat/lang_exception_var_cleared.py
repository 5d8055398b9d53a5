try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)
def f():
    e = 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return 'UnboundLocalError: ' + str(u)
print(f())

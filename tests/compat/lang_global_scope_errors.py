x = 10
def f():
    global x
    x = x + 1
    return x
print(f(), x)
def g():
    try:
        x += 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
g()
def h():
    print(x)
h()

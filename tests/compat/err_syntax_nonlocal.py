print('module start')
def f():
    nonlocal missing
    missing = 1

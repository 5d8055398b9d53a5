def level3(x):
    return 10 / x
def level2(x):
    return level3(x - 1) + 1
def level1(x):
    return level2(x)
print('start')
level1(1)

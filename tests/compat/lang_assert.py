assert True, 'never'
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert []
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
x = 0
def msg():
    global x
    x += 1
    return 'm'
assert x == 0, msg()
print(x)

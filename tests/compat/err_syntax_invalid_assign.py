print('never runs')
f() = 5

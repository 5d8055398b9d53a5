# Under a 1 GiB address-space limit: containers and strings too big for it.
def show(label, f):
    try:
        r = f()
        print(label, '->', len(r))
    except MemoryError as e:
        print(label, '!! MemoryError', repr(e))

show("'ab' * 2**30", lambda: 'ab' * 2**30)
show("[None] * 2**28", lambda: [None] * 2**28)
show("(0,) * 2**28", lambda: (0,) * 2**28)
show("'x'.ljust(2**31)", lambda: 'x'.ljust(2**31))
show("'%*d' % (2**31, 1)", lambda: '%*d' % (2**31, 1))
print('still running')

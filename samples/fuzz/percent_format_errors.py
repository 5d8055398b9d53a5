# Found by tests/fuzz/difffuzz.py: '%' after a width is a conversion that
# takes an argument; %c and * widths at the int64 boundaries.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: '%5%' % 1)
show(lambda: '%5%' % ())
show(lambda: '%x%5%' % 0)
show(lambda: '%%' % ())
show(lambda: '%-%' % 1)
show(lambda: '%c' % 2**63)
show(lambda: '%c' % -2**63)
show(lambda: '%*d' % (-2**63, 0))
show(lambda: '%i%*d' % (1, -2**63, 0))
show(lambda: '%.3f%5%' % (1.0, 2))

# Widths and precisions too big for printf-style and format() specs raise
# CPython's errors; big but representable ones work.
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r) if len(r) < 60 else (len(r), r[:5], r[-5:]))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

show("'%.99999999999999999999f' % 1.0", lambda: '%.99999999999999999999f' % 1.0)
show("'%.*f' % (2**31, 1.0)", lambda: '%.*f' % (2**31, 1.0))
show("'%99999999999999999999d' % 1", lambda: '%99999999999999999999d' % 1)
show("'%*d' % (2**63, 1)", lambda: '%*d' % (2**63, 1))
show("'%*d' % ('x', 1)", lambda: '%*d' % ('x', 1))
show("'%.*f' % (-1, 1.0)", lambda: '%.*f' % (-1, 1.0))
show("'%*d' % (-5, 1)", lambda: '%*d' % (-5, 1))
show("'%0*d' % (20, -7)", lambda: '%0*d' % (20, -7))
show("'%-0*d|' % (6, 7)", lambda: '%-0*d|' % (6, 7))
show("'%010.3f' % -1.5", lambda: '%010.3f' % -1.5)
show("'%+010.3e' % 1.5", lambda: '%+010.3e' % 1.5)
show("'%010f' % float('inf')", lambda: '%010f' % float('inf'))
show("'%-8s|' % 'ab'", lambda: '%-8s|' % 'ab')
show("'%.1000f' % 1.0", lambda: '%.1000f' % 1.0)
show("'%100000d' % 1", lambda: '%100000d' % 1)
show("format(1, '99999999999999999999')", lambda: format(1, '99999999999999999999'))
show("format(1.5, '.99999999999999999999f')", lambda: format(1.5, '.99999999999999999999f'))
show("format(1.5, '.2147483648f')", lambda: format(1.5, '.2147483648f'))
show("'{:99999999999999999999}'.format(1)", lambda: '{:99999999999999999999}'.format(1))
show("'{0:{1}}'.format(1, 100000)", lambda: '{0:{1}}'.format(1, 100000))
show("f'{1:>{100000}}'", lambda: f'{1:>{100000}}')
show("format('ab', '.99999999999999999999')", lambda: format('ab', '.99999999999999999999'))

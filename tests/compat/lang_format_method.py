print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {0[0]}'.format(['p', 'q']), '{o.real}'.format(o=3), '{:>5}|{:<5}|'.format('r', 'l'))
print('%s %d %5.2f %x %o %r %%' % ('s', 42, 3.14159, 255, 8, 'q'))
print('%(a)s=%(b)03d' % {'a': 'k', 'b': 7}, '%-5s|' % 'ab', '%c' % 65)
print(format(3.5, '.0f'), format(4.5, '.0f'), format(1234.5, ',.2f'), format('x', '3'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)

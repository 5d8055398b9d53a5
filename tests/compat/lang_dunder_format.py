class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:.2f}'
        return format(self.v, spec)
    def __str__(self): return 'Money!'
    def __repr__(self): return 'Money(%r)' % self.v
m = Money(3.14159)
print(f'{m:usd}', f'{m:.1f}', f'{m}', f'{m!r}', f'{m!s}', format(m, 'usd'))
print('{:usd} and {!r}'.format(m, m))
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)

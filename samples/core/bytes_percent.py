# bytes % args, as CPython's bytes formatting (PEP 461).
class WithBytes:
    def __bytes__(self):
        return b'<bytes>'

class Index:
    def __index__(self):
        return 65

print(b'%s and %b' % (b'bytes', bytearray(b'bytearray')), b'%s' % memoryview(b'view'), b'%s' % WithBytes())
print(b'%r %a' % ('é', 'é'), b'%r' % b'x', b'%a' % [1, 'ü'], b'%r' % 1.5)
print(b'%d %i %u %x %X %o' % (10, -3, 7, 255, 255, 8), b'%#x %#o %+d % d' % (255, 8, 5, 5), b'%05d|%-5d|%5d' % (-3, 3, 3))
print(b'%f %.2f %e %g %10.3f|' % (1.5, 2.345, 12345.678, 0.0001, 3.14159), b'%d' % 3.99, b'%d %x' % (Index(), Index()))
print(b'%c%c%c' % (72, b'i', bytearray(b'!')), b'%5c|%-3c|' % (65, b'z'), b'%c' % Index())
print(b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'efgh'), b'%*d|%-*d|%.*f' % (4, 1, 4, 2, 1, 3.14159))
print(b'%(name)s is %(age)d' % {b'name': b'Bob', b'age': 42}, b'100%%' % (), b'no args' % {}, b'x' % [1])
print(bytearray(b'%s-%d') % (b'ba', 1), type(bytearray(b'%d') % 1).__name__)

def check(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ':', e)

check(lambda: b'%s' % 'str')
check(lambda: b'%s' % 5)
check(lambda: b'%b' % [1])
check(lambda: b'%c' % 256)
check(lambda: b'%c' % b'ab')
check(lambda: b'%c' % 'a')
check(lambda: b'%d' % 'x')
check(lambda: b'%x' % 1.5)
check(lambda: b'%f' % b'x')
check(lambda: b'%s %s' % b'one')
check(lambda: b'%s' % (b'a', b'b'))
check(lambda: b'x' % 5)
check(lambda: b'%(k)s' % {'k': 1})
check(lambda: b'%z' % 1)
check(lambda: b'%' % ())
check(lambda: b'%(k' % {})

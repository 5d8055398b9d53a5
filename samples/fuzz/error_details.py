# Found by tests/fuzz/difffuzz.py: error types, arguments and messages at
# the edges.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __len__(self):
        return 2**64
class B:
    def __len__(self):
        return -1
show(lambda: len(A()))
show(lambda: len(B()))
show(lambda: 0.0 * '')
show(lambda: None * [])
show(lambda: [] * None)
show(lambda: divmod(2**4032, 0.0))
show(lambda: divmod(1, 0.0))
show(lambda: ''.split('', ''))
show(lambda: ''.split(''))
show(lambda: format('', '9223372036854775807'))
show(lambda: ''.rjust(2**62, '\u20ac'))
show(lambda: f"{'':{2**63-1}}")
try:
    1e16 ** 63
except OverflowError as e:
    print(e.args)
s0 = str(100**500)
try:
    [].index([s0, s0])
except ValueError as e:
    print(len(str(e)))

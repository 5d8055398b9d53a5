# Under a 1 GiB address-space limit (this folder's _rlimit_as), results that
# need more memory raise MemoryError, which the program can catch; the
# interpreter carries on.
def show(label, f):
    try:
        r = f()
        print(label, '->', r.bit_length())
    except MemoryError as e:
        print(label, '!! MemoryError', repr(e))

show("1 << (10**10 - 1)", lambda: 1 << (10**10 - 1))
show("2 ** 10**10", lambda: 2 ** 10**10)
x = 1 << 10**6
show("x * x", lambda: x * x)
print('still running')

# Counters and repeat counts at the int64 boundaries.
def show(label, f):
    try:
        r = repr(f())
        print(label, '->', r if len(r) < 80 else r[:40] + '...')
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

show("list(enumerate('ab', 2**63-1))", lambda: list(enumerate('ab', 2**63-1)))
show("list(enumerate('ab', -2**63-1))", lambda: list(enumerate('ab', -2**63-1)))
show("list(enumerate('ab', 2**64))", lambda: list(enumerate('ab', 2**64)))
show("list(enumerate('ab', 1.5))", lambda: list(enumerate('ab', 1.5)))
show("'a' * 2**62", lambda: 'a' * 2**62)
show("'ab' * 2**62", lambda: 'ab' * 2**62)
show("[1, 2] * 2**62", lambda: [1, 2] * 2**62)
show("(1, 2) * 2**62", lambda: (1, 2) * 2**62)
show("'a' * 2**63", lambda: 'a' * 2**63)
show("2**64 * [1]", lambda: 2**64 * [1])
show("[0] * -2**63", lambda: [0] * -2**63)
show("[0] * -2**64", lambda: [0] * -2**64)
show("'x'.center(2**63)", lambda: 'x'.center(2**63))
show("'x'.ljust(2**63-1)", lambda: 'x'.ljust(2**63-1))
show("'x'.zfill(-2**63)", lambda: 'x'.zfill(-2**63))
show("'x'.zfill(2**63)", lambda: 'x'.zfill(2**63))
show("'a\\tb'.expandtabs(2**62)", lambda: 'a\tb'.expandtabs(2**62))
show("'a\\tb'.expandtabs(2**31)", lambda: 'a\tb'.expandtabs(2**31))
show("chr(-2**63)", lambda: chr(-2**63))
show("chr(2**31)", lambda: chr(2**31))
show("round(1.5, 2**63)", lambda: round(1.5, 2**63))
show("round(1.5, -2**63)", lambda: round(1.5, -2**63))
show("round(2**63-1, -1)", lambda: round(2**63-1, -1))
show("divmod(2**63, 0.0)", lambda: divmod(2**63, 0.0))
show("divmod(-2**63, -1)", lambda: divmod(-2**63, -1))
show("(-2**63) // -1", lambda: (-2**63) // -1)
show("abs(-2**63)", lambda: abs(-2**63))
L = [1, 2]
try:
    L *= 2**62
except MemoryError:
    print('MemoryError', L)

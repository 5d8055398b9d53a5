# Found by tests/fuzz/difffuzz.py: float.fromhex (and float.hex).
for s in ['0x1.8p1', '1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '  inf ', '-Infinity', 'nan', '0x1p1024', '0x.8', '0x8.', '0x', '', 'p1',
          '1.8p', '0x1.8P+1', 'ff', '0x1p-99999999999', '0x1p99999999999', '1e1']:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(float.fromhex('0x1.8p1').hex(), (0.1).hex(), float.hex(5e-324), (-0.0).hex())
f = float.fromhex
print(type(f).__name__, f('0x10'), type(dict.fromkeys).__name__)
try:
    0 / f
except TypeError as e:
    print(e)

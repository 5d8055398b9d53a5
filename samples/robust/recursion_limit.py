# sys.setrecursionlimit keeps any value, as CPython does; deep recursion in
# script code then goes as deep as the limit allows.
import sys

sys.setrecursionlimit(1000100)
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(100000))
sys.setrecursionlimit(50)
try:
    depth(100)
except RecursionError as e:
    print('RecursionError:', e)
for bad in (0, -5, 2**31, 1.5, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())

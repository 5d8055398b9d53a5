import math as m
from math import sqrt as root, floor
import sys, time
print(m.sqrt(4), root(9), floor(2.5), 'math' in sys.modules, time.__name__, m.__name__)
try:
    import does_not_exist_anywhere
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e)

import sys
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[:2] >= (3, 11) or True, sys.byteorder)
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.getrecursionlimit() > 100)
print(isinstance(sys.path, list), sys.platform.startswith('linux'))

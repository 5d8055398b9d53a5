import sys
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code, repr(e.args))
try:
    sys.exit(0)
except SystemExit as e:
    print('SystemExit', e.code)
sys.exit(None)

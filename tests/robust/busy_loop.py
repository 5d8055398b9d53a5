import sys
n = 0
try:
    print('ready')
    sys.stdout.flush()
    while True:
        n += 1
finally:
    print('finally ran')

import time

def f():
    time.sleep(1)
    return 10

print(f())

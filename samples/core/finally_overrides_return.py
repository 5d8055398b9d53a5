# break and continue in a finally block cancel a pending return and drop
# its value, as in CPython.
def keeps_looping(n):
    for i in range(n):
        try:
            return "early"
        finally:
            print("finally", i)
            continue
    return "loop done"

def breaks_out():
    while True:
        try:
            return 1
        finally:
            break
    return 2

def nested(x):
    for i in range(x):
        try:
            try:
                return i
            finally:
                if i < 2:
                    continue
        finally:
            print("outer finally", i)
    return -1

print(keeps_looping(3), breaks_out(), nested(3))

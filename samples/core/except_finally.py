# try / except / else / finally ordering.
def attempt(n):
    print("try", n)
    try:
        if n == 0:
            raise ValueError("zero")
        r = 10 // n
    except ValueError as e:
        print("  except ValueError:", e)
        return "from except"
    except ZeroDivisionError:
        print("  unreachable")
    else:
        print("  else, r =", r)
        return "from else"
    finally:
        print("  finally")

print(attempt(0))
print(attempt(5))

def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(finally_overrides())

def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)

loop_finally()

try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))

try:
    print("no error")
except Exception:
    print("not printed")
else:
    print("else clause")
finally:
    print("final clause")

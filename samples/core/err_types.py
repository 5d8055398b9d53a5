# TypeError from operators, calls and hashing.
def check(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

check(lambda: 1 + 'a')
check(lambda: 'a' + 1)
check(lambda: 'a' * 'b')
check(lambda: [1] + (2,))
check(lambda: 1 < 'x')
five = 5
text = "s"
nothing = None
check(lambda: five())
check(lambda: text())
check(lambda: nothing())
check(lambda: five[0])
check(lambda: nothing[0])
check(lambda: {[1]: 2})
check(lambda: {[]})
check(lambda: hash([]))
check(lambda: len(5))
check(lambda: -"x")
check(lambda: int([1]))
check(lambda: text[1.5])
check(lambda: sum(["a", "b"]))
check(lambda: iter(3))
t = (1, 2)
def assign():
    t[0] = 9
check(assign)
def str_assign():
    s = "abc"
    s[0] = "x"
check(str_assign)

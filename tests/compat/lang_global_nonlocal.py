g = 0
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def outer():
    v = 'a'
    def mid():
        nonlocal v
        v += 'b'
        def inner():
            nonlocal v
            v += 'c'
        inner()
    mid()
    return v
print(outer())
def make_global():
    global fresh
    fresh = 'new'
make_global()
print(fresh)

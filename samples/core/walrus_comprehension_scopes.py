# An assignment expression in a comprehension binds in the enclosing
# function, honouring its global and nonlocal declarations.
def uses_global():
    global last_seen
    squares = [last_seen := n * n for n in range(4)]
    return squares

print(uses_global(), last_seen)

def uses_nonlocal():
    total = None
    def inner():
        nonlocal total
        return [total := t for t in "abc"]
    got = inner()
    return got, total

print(uses_nonlocal())

def plain():
    found = [hit := w for w in ["x", "yy", "zzz"] if len(w) > 1]
    return found, hit

print(plain())
print(any((g := v) > 2 for v in [1, 3, 5]), g)

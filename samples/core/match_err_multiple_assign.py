# The same name captured twice in one pattern.
print('not reached')
match [1, 2]:
    case [a, {"k": a}]:
        pass

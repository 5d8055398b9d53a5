# A positional sub-pattern after a keyword one.
print('not reached')
match p:
    case Point(x=0, y):
        pass

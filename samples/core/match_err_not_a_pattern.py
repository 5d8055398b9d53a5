# An expression that is no pattern.
print('not reached')
match 1:
    case x + 1:
        pass

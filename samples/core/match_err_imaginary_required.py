# A pattern with real + real instead of a complex literal.
print('not reached')
match 1:
    case 1 + 2:
        pass

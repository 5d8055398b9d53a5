# A wildcard case before other cases.
print('not reached')
match 1:
    case _:
        pass
    case 2:
        pass

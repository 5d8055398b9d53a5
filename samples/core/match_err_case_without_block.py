# A case block without its indented body.
print('not reached')
match 1:
    case 1:
    pass

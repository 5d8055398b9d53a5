# `as _` is not a capture.
print('not reached')
match 1:
    case 1 as _:
        pass

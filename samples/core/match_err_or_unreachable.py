# An irrefutable alternative that is not the last one.
print('not reached')
match 1:
    case 0 | _ | 2:
        pass

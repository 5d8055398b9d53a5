# An irrefutable capture pattern before other cases.
print('not reached')
def f(v):
    match v:
        case [x]:
            return x
        case other:
            return other
        case 1:
            return 1

# Two starred names in one sequence pattern.
print('not reached')
match []:
    case [first, *middle, *rest]:
        pass

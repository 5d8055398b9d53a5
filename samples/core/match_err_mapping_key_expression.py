# A mapping key that is neither a literal nor a dotted name.
print('not reached')
match {}:
    case {f'k': 1}:
        pass

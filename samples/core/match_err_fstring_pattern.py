# An f-string is not a literal pattern.
print('not reached')
name = 'x'
match name:
    case f'{name}':
        pass

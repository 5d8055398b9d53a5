# A literal key repeated in a mapping pattern (1 == 1.0).
print('not reached')
match {}:
    case {1: a, 'b': b, 1.0: c}:
        pass

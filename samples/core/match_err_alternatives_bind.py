# OR alternatives that capture different names.
print('not reached')
match (1, 2):
    case (1, x) | (2, y):
        pass

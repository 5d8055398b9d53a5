# A match statement must have at least one case block.
print('not reached')
match 1:
    pass

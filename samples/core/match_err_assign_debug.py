# __debug__ cannot be captured.
print('not reached')
match 1:
    case __debug__:
        pass

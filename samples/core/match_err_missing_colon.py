# A match statement without its colon.
print('not reached')
subject = 1
match subject
    case 1:
        pass

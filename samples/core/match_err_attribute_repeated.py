# A keyword sub-pattern repeated.
print('not reached')
match p:
    case Point(x=0, y=1, x=2):
        pass

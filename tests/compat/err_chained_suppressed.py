try:
    [][0]
except IndexError:
    raise ValueError('replaced') from None

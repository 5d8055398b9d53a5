words = ['a', 'bb', None]
lengths = {w: len(w) for w in words}

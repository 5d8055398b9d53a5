class Foo:
    def __init__(self):
        self.value = 1
cases = [lambda: Foo().valeu, lambda: Foo.missing, lambda: (1).foo, lambda: 'x'.appendx,
         lambda: None.attr, lambda: [].push, lambda: {}.has_key, lambda: setattr(1, 'x', 2),
         lambda: delattr(Foo(), 'nothere')]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(e)

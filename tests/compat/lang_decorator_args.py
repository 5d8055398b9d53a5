def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('bob'), hi.__name__)
def tag(t):
    return lambda f: lambda *a: f'<{t}>{f(*a)}</{t}>'
@tag('b')
@tag('i')
def txt(s):
    return s
print(txt('x'))
order = []
def mark(name):
    order.append('make ' + name)
    def d(f):
        order.append('apply ' + name)
        return f
    return d
@mark('a')
@mark('b')
def z(): pass
print(order)

class Proxy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return 'virtual ' + name
p = Proxy()
print(p.real, p.other, getattr(p, 'x'), hasattr(p, 'anything'))
class Rec:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v)
r = Rec()
r.z = 5
print(r.z, getattr(r, 'q', 'default'))

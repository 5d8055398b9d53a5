class D:
    def __set__(s,o,v): print('set', v)
class F:
    def __delete__(s,o): print('del')
class G:
    def __get__(s, o, t=None): return ('get', o is None, t.__name__)
    def __delete__(s,o): print('del G')
class H:
    a=D(); b=F(); g=G()
    def __delattr__(self, n):
        print('delattr', n)
        super().__delattr__(n)
h=H()
try: del h.a
except AttributeError as e: print(e)
try: h.b=1
except AttributeError as e: print(e)
h.__dict__['b']=5
print(h.b is H.__dict__['b'], h.b)
h.__dict__['g']=7
print(h.g, H.g)
del h.g
h.x = 1
del h.x
try: del h.x
except AttributeError as e: print(e)
print(hasattr(h, 'x'))

# weakref.finalize registers with atexit: finalizers still pending run at
# exit, after the atexit callbacks registered later (last first). gc.collect()
# runs the callbacks of the weak references it cleared.
import weakref, gc, atexit
class Obj: pass
o = Obj()
weakref.finalize(o, print, "finalized at exit")
p = Obj()
r = weakref.ref(p, lambda w: print("callback ran"))
a, b = Obj(), Obj()
a.b, b.a = b, a
weakref.finalize(a, print, "cycle finalized")
del a, b
print("collect:", gc.collect() >= 0)
del p
gc.collect()
atexit.register(print, "atexit callback")
print("end")

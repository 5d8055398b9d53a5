# The gc module: collection on demand, switching automatic collection off
# and on, thresholds, and which objects the collector tracks.
import gc

print(gc.isenabled(), gc.garbage, gc.callbacks, gc.get_threshold())
print(gc.collect(), gc.collect(0), gc.collect(generation=2))
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))

gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(1000)]
del junk
gc.enable()
print(gc.isenabled())

# Reference cycles are garbage too: collect() reclaims them.
class Node:
    def __init__(self):
        self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(gc.collect() >= 0)

print(gc.set_threshold(500), gc.get_threshold())
print(gc.set_threshold(700, 10, 10), gc.get_threshold())

# Atoms are never tracked; containers and instances are. A dict is tracked
# once it holds something tracked.
for obj in [1, 2.5, "s", b"b", None, True, range(3), (), [], {}, {"a": 1},
            {"a": []}, set(), frozenset(), Node(), Node, int, gc, len, lambda: 0, ([],)]:
    name = obj.__name__ if isinstance(obj, type) else type(obj).__name__
    print(name, gc.is_tracked(obj))

print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.DEBUG_SAVEALL)
gc.set_debug(0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.is_finalized(Node()))

# Misuse.
for call in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
             lambda: gc.collect(1, 2), lambda: gc.enable(1), lambda: gc.disable(1),
             lambda: gc.is_tracked(), lambda: gc.is_tracked(1, 2), lambda: gc.set_threshold(),
             lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.set_threshold(1.5),
             lambda: gc.get_count(1), lambda: gc.isenabled(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

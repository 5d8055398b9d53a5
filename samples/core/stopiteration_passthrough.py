# enumerate, map and zip pass on the StopIteration their source raises,
# arguments and all, as CPython's iterators do; for loops just end.
class Source:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done", 7)

for label, make in [("next", lambda: Source()), ("enumerate", lambda: enumerate(Source())),
                    ("map", lambda: map(str, Source())), ("zip", lambda: zip(Source(), [1]))]:
    try:
        next(make())
    except StopIteration as e:
        print(label, e.args)
print(list(enumerate(Source())), list(map(str, Source())), list(zip(Source())))
try:
    next(zip(Source(), [1], strict=True))
except StopIteration as e:
    print("strict zip", e.args)
for i, x in enumerate(Source()):
    print("never")
print(next(enumerate(Source()), "default"))

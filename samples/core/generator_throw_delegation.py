# throw() and close() through `yield from`: GeneratorExit closes the
# delegate and is raised in the delegating generator; an iterator that is
# not a generator gets the thrown value through its own throw() (even a
# value that is not an exception), and its answer is yielded on or, by
# StopIteration, ends the `yield from`.


def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner closed")


def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
    yield "after"


g = outer()
print(next(g))
print(g.throw(GeneratorExit))
g = outer()
next(g)
print(g.throw(GeneratorExit()))


class Iter:
    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, value):
        print("Iter.throw got", value)
        if value == "finish":
            raise StopIteration("finished with this")
        if value is KeyError:
            raise ValueError("converted")
        return "answer"

    def close(self):
        print("Iter.close")


def delegate():
    result = yield from Iter()
    print("yield from gave", result)
    yield "done"


g = delegate()
print(next(g))
print(g.throw(123))
print(g.throw(ZeroDivisionError))
print(g.throw("finish"))
g = delegate()
next(g)
try:
    g.throw(KeyError)
except ValueError as e:
    print("ValueError:", e)
g = delegate()
next(g)
g.close()


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def plain():
    try:
        yield from NoThrow()
    except ZeroDivisionError as e:
        print("raised in plain:", type(e).__name__)
        yield "caught"


g = plain()
next(g)
print(g.throw(ZeroDivisionError))
try:
    next(plain()).throw
except AttributeError as e:
    print("AttributeError:", e)
try:
    g = inner()
    next(g)
    g.throw(123)
except TypeError as e:
    print("TypeError:", e)
g.close()

# The match statement: the TypeErrors and ValueErrors raised while
# matching, as CPython words them.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]

class IntArgs:
    __match_args__ = (1,)

class Repeats:
    __match_args__ = ("a", "a")
    a = 1

class Two:
    __match_args__ = ("a", "b")
    a, b = 1, 2

def too_many_positional():
    match NoArgs():
        case NoArgs(x):
            pass

def too_many_for_two():
    match Two():
        case Two(x, y, z):
            pass

def builtin_takes_one():
    match 5:
        case int(a, b):
            pass

def not_a_class():
    match 5:
        case len():
            pass

def instance_not_a_class():
    kind = int
    match 5:
        case kind.__add__():
            pass

def match_args_list():
    match ListArgs():
        case ListArgs(x):
            pass

def match_args_not_strings():
    match IntArgs():
        case IntArgs(x):
            pass

def repeated_attribute():
    match Repeats():
        case Repeats(x, y):
            pass

def positional_and_keyword_same():
    match Two():
        case Two(x, a=y):
            pass

def duplicate_keys_at_run_time():
    class Keys:
        first = "k"
        second = "k"
    match {"k": 1, "j": 2}:
        case {Keys.first: _, Keys.second: _}:
            pass

def unhashable_key():
    class Keys:
        key = []
    match {"k": 1}:
        case {Keys.key: _}:
            pass

def not_an_instance_is_fine():
    match "text":
        case NoArgs(x):
            pass

for name, fn in list(globals().items()):
    if callable(fn) and fn is not attempt and getattr(fn, "__module__", None) == "__main__" \
            and not isinstance(fn, type):
        attempt(name, fn)

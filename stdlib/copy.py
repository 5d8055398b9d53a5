"""copy: shallow and deep copy operations (CPython's Lib/copy.py, in part)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_immutable = (type(None), int, float, bool, str, bytes, range,
              type, type(len), type(Ellipsis), type(NotImplemented))


def _is_immutable(x):
    t = type(x)
    for k in _immutable:
        if t is k:
            return True
    return False


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    if _is_immutable(x):
        return x
    cls = type(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(x.__dict__)
        return y
    if hasattr(x, '__call__') and hasattr(x, '__code__'):
        return x
    return _reconstruct(x, cls, None)


# What object.__reduce_ex__(4) and copy._reconstruct do: a new object from
# cls.__new__ (with the value of an immutable built-in base, as its
# __getnewargs__ gives), then the instance dict, then the items of a list or
# dict base (a set base is rebuilt by calling the class, as set.__reduce__,
# and a bytearray base from its bytes, as bytearray.__reduce_ex__).
def _reconstruct(x, cls, memo):
    deep = memo is not None
    if isinstance(x, memoryview):
        raise TypeError('cannot pickle memoryview objects')
    if isinstance(x, set):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls(items)
    elif isinstance(x, bytearray):
        y = cls(bytes(x))
    else:
        y = None
        for base in (tuple, str, int, frozenset, float, bytes):
            if isinstance(x, base):
                value = base(x)
                if deep:
                    value = deepcopy(value, memo)
                y = cls.__new__(cls, value)
                break
        if y is None:
            if not isinstance(x, (list, dict)) and not hasattr(x, '__dict__'):
                raise Error("un(%scopyable object of type %s" % ("deep)" if deep else "shallow)", cls))
            y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if _is_immutable(x):
        return x
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # We're not going to put the tuple in the memo, but it's still important we
        # check for it, in case the tuple contains recursive mutable structures.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif hasattr(x, '__call__') and hasattr(x, '__code__'):
        return x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, cls, memo)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

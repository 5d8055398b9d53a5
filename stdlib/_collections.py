"""_collections: what CPython writes in C for its collections package
(deque, defaultdict, _count_elements, _tuplegetter), written for coil in the language.
CPython's own collections/__init__.py imports them from here.
"""


def _type_name(x):
    return type(x).__name__


# ---------------------------------------------------------------- deque

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = 'collections'
    __abc_tpflags__ = 1 << 5  # a sequence to the match statement, as the C type

    # Items live in self._d[self._h:]; the slots before _h are spare room
    # for appendleft.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if isinstance(maxlen, bool) or not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._d = []
        self._h = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._h > 16 and self._h * 2 > len(self._d):
            del self._d[:self._h]
            self._h = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._d) - self._h >= self._maxlen:
            if self._maxlen == 0:
                return
            self._d[self._h] = None
            self._h += 1
            self._compact()
        self._d.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._d) - self._h >= self._maxlen:
            if self._maxlen == 0:
                return
            self._d.pop()
        if self._h == 0:
            room = len(self._d) + 8
            self._d[0:0] = [None] * room
            self._h = room
        self._h -= 1
        self._d[self._h] = x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._d.pop()
        if len(self._d) == self._h:
            self._d = []
            self._h = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._d[self._h]
        self._d[self._h] = None
        self._h += 1
        if len(self._d) == self._h:
            self._d = []
            self._h = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._d = []
        self._h = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        items = self._d[self._h:]
        n = len(items)
        if start < 0:
            start = max(0, start + n)
        if stop is None:
            stop = n
        elif stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            x = items[i]
            if x is value or x == value:
                return i
        raise ValueError(repr(value) + " is not in deque")

    def insert(self, i, x):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        items = self._d[self._h:]
        items.insert(i, x)
        self._d = items
        self._h = 0

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(self._h, len(self._d)):
            x = self._d[i]
            if x is value or x == value:
                self._state += 1
                del self._d[i]
                return
        raise ValueError(repr(value) + " is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        items = self._d[self._h:]
        items.reverse()
        self._d = items
        self._h = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self)
        if size <= 1:
            return
        n = n % size
        if n == 0:
            return
        self._state += 1
        items = self._d[self._h:]
        self._d = items[-n:] + items[:-n]
        self._h = 0

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) > self._h

    def __iter__(self):
        state = self._state
        d = self._d
        i = self._h
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self._d):
                return
            yield self._d[i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self._d) - 1
        while i >= self._h:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._d[i]
            i -= 1

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + _type_name(i) + "'")
        n = len(self._d) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._h + i

    def __getitem__(self, i):
        return self._d[self._index(i)]

    def __setitem__(self, i, x):
        self._d[self._index(i)] = x

    def __delitem__(self, i):
        j = self._index(i)
        self._state += 1
        del self._d[j]

    def __contains__(self, value):
        for i in range(self._h, len(self._d)):
            x = self._d[i]
            if x is value or x == value:
                return True
        return False

    def __repr__(self):
        items = repr(self._d[self._h:])
        if self._maxlen is None:
            return "deque(" + items + ")"
        return "deque(" + items + ", maxlen=" + str(self._maxlen) + ")"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] == other._d[other._h:]

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] != other._d[other._h:]

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] < other._d[other._h:]

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] <= other._d[other._h:]

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] > other._d[other._h:]

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d[self._h:] >= other._d[other._h:]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + _type_name(other) + '") to deque')
        r = deque(self, self._maxlen)
        r.extend(other)
        return r

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        r = deque((), self._maxlen)
        items = self._d[self._h:]
        for i in range(n):
            r.extend(items)
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._d[self._h:]
        self.clear()
        for i in range(n):
            self.extend(items)
        return self


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __module__ = 'collections'
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        f = self.default_factory
        return "%s(%s, %s)" % (type(self).__name__, "None" if f is None else repr(f), dict.__repr__(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


def _count_elements(mapping, iterable):
    """Tally elements from the iterable."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class _tuplegetter:
    __module__ = 'collections'

    """The accessor of one namedtuple field: a read-only data descriptor."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

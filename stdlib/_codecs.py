"""_codecs for coil: the codec registry and the built-in codecs that
CPython's codecs.py and encodings package build on, written in the
language over coil's native str.encode and bytes.decode (utf-8, ascii,
latin-1 and their error handlers). Codecs coil lacks natively raise
LookupError or NotImplementedError naming them.
"""

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    return encoding.lower().replace(' ', '-')


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    if not _search_functions:
        import encodings  # registers its search function, as CPython's codec registry does at start-up
    for search in _search_functions:
        result = search(key)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = result
            return result
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# ---- error handlers (PEP 293)

def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name, /):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _check_exc(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc, /):
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc, /):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('?' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc, /):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for c in exc.object[exc.start:exc.end]:
        n = ord(c)
        out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out), exc.end)


def namereplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except ValueError:
            n = ord(c)
            out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out), exc.end)


for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors),
                        ('backslashreplace', backslashreplace_errors), ('namereplace', namereplace_errors)):
    _error_handlers[_name] = _handler


# ---- the built-in codecs

class _builtin_codec:
    """A codec function that, like CPython's built-in ones, does not bind as
    a method when a class stores it (encodings.utf_8's
    `_buffer_decode = codecs.utf_8_decode`)."""
    __slots__ = ('_function', '__name__')

    def __init__(self, function, name):
        self._function = function
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


def _encoder(name):
    def encode(str, errors=None, /):
        return (str.encode(name, errors or 'strict'), len(str))
    return _builtin_codec(encode, name.replace('-', '_') + '_encode')


def _decoder(name):
    def decode(data, errors=None, final=False, /):
        data = bytes(data)
        try:
            return (data.decode(name, errors or 'strict'), len(data))
        except UnicodeDecodeError as e:
            # An incomplete sequence at the end waits for more input unless
            # this is the final piece.
            if final or e.reason != 'unexpected end of data':
                raise
            return (data[:e.start].decode(name, errors or 'strict'), e.start)
    return _builtin_codec(decode, name.replace('-', '_') + '_decode')


utf_8_encode = _encoder('utf-8')
utf_8_decode = _decoder('utf-8')
ascii_encode = _encoder('ascii')
ascii_decode = _decoder('ascii')
latin_1_encode = _encoder('latin-1')
latin_1_decode = _decoder('latin-1')


def _missing(name):
    def codec(*args, **kwargs):
        raise NotImplementedError("the %s codec is not available in coil yet" % name)
    return _builtin_codec(codec, name)


for _name in ('utf_16_encode', 'utf_16_decode', 'utf_16_le_encode', 'utf_16_le_decode', 'utf_16_be_encode',
              'utf_16_be_decode', 'utf_16_ex_decode', 'utf_32_encode', 'utf_32_decode', 'utf_32_le_encode',
              'utf_32_le_decode', 'utf_32_be_encode', 'utf_32_be_decode', 'utf_32_ex_decode', 'utf_7_encode',
              'utf_7_decode', 'unicode_escape_encode', 'unicode_escape_decode', 'raw_unicode_escape_encode',
              'raw_unicode_escape_decode', 'escape_encode', 'escape_decode', 'charmap_encode', 'charmap_decode',
              'charmap_build', 'readbuffer_encode'):
    globals()[_name] = _missing(_name)
del _name, _handler

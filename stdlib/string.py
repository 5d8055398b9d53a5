"""A collection of string constants (CPython's Lib/string.py, in part)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """$-substitution: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            braced = i + 1 < n and s[i + 1] == '{'
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (s[k].isalnum() or s[k] == '_'):
                k += 1
            name = s[j:k]
            ok = name != '' and not name[0].isdigit() and (not braced or (k < n and s[k] == '}'))
            if not ok:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                line = s[:i].count('\n') + 1
                col = i - (s.rfind('\n', 0, i) + 1) + 1
                raise ValueError('Invalid placeholder in string: line ' + str(line) + ', col ' + str(col))
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping) if mapping is not None else {}
        m.update(kws)
        return self._scan(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping) if mapping is not None else {}
        m.update(kws)
        return self._scan(m, True)

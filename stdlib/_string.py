"""_string for coil: the format-string parser that string.Formatter uses
(CPython writes it in C), written in the language."""


def formatter_parser(format_string, /):
    """Yield (literal_text, field_name, format_spec, conversion) tuples."""
    if not isinstance(format_string, str):
        raise TypeError("expected str, got %s" % type(format_string).__name__)
    return _parse(format_string)


def _parse(s):
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            c = ''
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if not c:
            yield (s[start:i], None, None, None)
            return
        if s[i] == c:
            # An escaped brace: literal text up to and including one of them.
            i += 1
            yield (s[start:i - 1], None, None, None)
            continue
        literal = s[start:i - 1]
        # The field: up to the matching '}', counting nested braces.
        field_start = i
        depth = 1
        while i < n:
            d = s[i]
            i += 1
            if d == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if d == '{':
                depth += 1
            elif d == '}':
                depth -= 1
                if depth == 0:
                    break
        else:
            raise ValueError("expected '}' before end of string")
        yield (literal,) + _parse_field(s[field_start:i - 1])


def _parse_field(field):
    k = 0
    n = len(field)
    while k < n:
        c = field[k]
        if c == '[':
            while k < n and field[k] != ']':
                k += 1
            k += 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c in '!:':
            break
        k += 1
    name = field[:k]
    conversion = None
    spec = ''
    if k < n and field[k] == '!':
        if k + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[k + 1]
        k += 2
        if k < n and field[k] != ':':
            raise ValueError("expected ':' after conversion specifier")
    if k < n and field[k] == ':':
        spec = field[k + 1:]
    return (name, spec, conversion)


def formatter_field_name_split(field_name, /):
    """Split 'a.b[0]' into ('a', iterator of (is_attribute, key) pairs)."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    n = len(field_name)
    k = 0
    while k < n and field_name[k] not in '.[':
        k += 1
    first = field_name[:k]
    if first.isdigit() if first else False:
        first = int(first)
    rest = []
    while k < n:
        c = field_name[k]
        k += 1
        if c == '.':
            start = k
            while k < n and field_name[k] not in '.[':
                k += 1
            if k == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, field_name[start:k]))
        elif c == '[':
            start = k
            while k < n and field_name[k] != ']':
                k += 1
            if k >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:k]
            if not key:
                raise ValueError("Empty attribute in format string")
            k += 1
            rest.append((False, int(key) if key.isdigit() else key))
            if k < n and field_name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)

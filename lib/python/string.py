"""String constants, the Template and Formatter classes, and the old
functions that are now methods of str (kept for old programs).

Constants:
whitespace -- the characters that count as whitespace
lowercase, uppercase, letters -- the lower case, upper case, and all
    letters
digits, hexdigits, octdigits -- the decimal, hexadecimal and octal digits
punctuation -- the ASCII punctuation characters
printable -- digits, letters, punctuation and whitespace
ascii_lowercase, ascii_uppercase, ascii_letters -- the ASCII letters
"""
# pystm: pure Python; uses no Go module. Template needs no regular
# expressions for the default delimiter syntax; a subclass that sets its own
# idpattern or pattern uses re (or _relite where re is missing).

try:
    _buffer = buffer
except NameError:
    class _buffer(object):
        pass

whitespace = ' \t\n\r\v\f'
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = """!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"""
printable = digits + letters + punctuation + whitespace
# CPython's whitespace comes from the C library, in code order.
whitespace = '\t\n\x0b\x0c\r '

# The identity translation table.
_idmap = ''.join(map(chr, xrange(256)))
_idmapL = None


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Capitalize each word of s. Words are split and joined again by sep;
    without sep, runs of whitespace split them, a single space joins them,
    and leading and trailing whitespace goes.
    """
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


def _char_buffer(arg, n):
    # The conversion of CPython's "t#" argument format (read-only
    # character buffers).
    if isinstance(arg, str):
        return arg
    if isinstance(arg, unicode):
        return arg.encode('ascii')
    if isinstance(arg, _buffer):
        return str(arg)
    if isinstance(arg, bytearray):
        raise TypeError("maketrans() argument %d must be string or pinned "
                        "buffer, not bytearray" % n)
    raise TypeError("maketrans() argument %d must be string or read-only "
                    "character buffer, not %s" % (n, type(arg).__name__))


def maketrans(fromstr, tostr):
    """maketrans(frm, to) -> string

    A translation table (a string of 256 characters) for str.translate()
    that maps each character of frm to the character of to at the same
    position. frm and to must have the same length.
    """
    fromstr = _char_buffer(fromstr, 1)
    tostr = _char_buffer(tostr, 2)
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = list(_idmap)
    for i in xrange(len(fromstr)):
        table[ord(fromstr[i])] = tostr[i]
    return ''.join(table)


# Template: $-substitutions

class _multimap:
    """Look keys up in primary, then in secondary: the keyword arguments
    and the mapping given to substitute()."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


def _regex_module():
    try:
        import re
    except ImportError:
        import _relite as re
    return re


def _escape(s):
    out = []
    for c in s:
        if c in _ALNUM:
            out.append(c)
        elif c == '\000':
            out.append('\\000')
        else:
            out.append('\\' + c)
    return s[:0].join(out)

_ALNUM = frozenset(ascii_letters + digits)
_ID_START = frozenset(ascii_letters + '_')
_ID_CHAR = frozenset(ascii_letters + digits + '_')
_DEFAULT_IDPATTERN = r'[_a-z][_a-z0-9]*'

# The regular expression a Template class's pattern stands for, as %
# fills it in with the escaped delimiter and the idpattern.
_PATTERN = r"""
    %(delim)s(?:
      (?P<escaped>%(delim)s) |   # two delimiters: one delimiter
      (?P<named>%(id)s)      |   # delimiter and identifier
      {(?P<braced>%(id)s)}   |   # delimiter and braced identifier
      (?P<invalid>)              # anything else after a delimiter
    )
    """
_FLAGS = 2 | 64     # IGNORECASE | VERBOSE


class _LazyPattern(object):
    # The compiled pattern of a Template class that did not set its own: it
    # is compiled the first time something asks for it (the default syntax
    # is scanned without it).

    def __init__(self):
        self.compiled = {}

    def __get__(self, instance, owner):
        if owner is None:
            owner = type(instance)
        p = self.compiled.get(owner)
        if p is None:
            source = _PATTERN % {'delim': _escape(owner.delimiter),
                                 'id': owner.idpattern}
            p = self.compiled[owner] = _regex_module().compile(source, _FLAGS)
        return p


class _TemplateMetaclass(type):
    pattern = _PATTERN

    def __init__(cls, name, bases, dct):
        super(_TemplateMetaclass, cls).__init__(name, bases, dct)
        if 'pattern' in dct:
            cls.pattern = _regex_module().compile(cls.pattern, _FLAGS)
            cls._scan = None
        else:
            cls.pattern = _LazyPattern()
            # The scanner needs a non-empty delimiter and the default
            # identifiers; anything else goes through the pattern.
            if cls.idpattern == _DEFAULT_IDPATTERN and cls.delimiter:
                cls._scan = staticmethod(_scan)
            else:
                cls._scan = None


class _Found(object):
    # A placeholder found in a template: the part of a match object that
    # substitute() uses.

    def __init__(self, text, start, end, kind, value, invalid_at):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.invalid_at = invalid_at

    def whole(self):
        return self.text[self.start:self.end]


def _scan(text, delim):
    # Find the placeholders of text, as the default pattern would: each
    # occurrence of the delimiter starts one, '$$' (escaped), '$name'
    # (named), '${name}' (braced) or a lone '$' (invalid).
    n = len(text)
    d = len(delim)
    # The pattern ignores case: so does the delimiter, if it has letters.
    if delim.lower() != delim.upper():
        hay = text.lower()
        delim = delim.lower()
    else:
        hay = text
    pos = 0
    while True:
        i = hay.find(delim, pos)
        if i < 0:
            return
        j = i + d
        if hay.startswith(delim, j):
            yield _Found(text, i, j + d, 'escaped', None, -1)
            pos = j + d
            continue
        if j < n and text[j] in _ID_START:
            k = j + 1
            while k < n and text[k] in _ID_CHAR:
                k += 1
            yield _Found(text, i, k, 'named', text[j:k], -1)
            pos = k
            continue
        if j + 1 < n and text[j] == '{' and text[j + 1] in _ID_START:
            k = j + 2
            while k < n and text[k] in _ID_CHAR:
                k += 1
            if k < n and text[k] == '}':
                yield _Found(text, i, k + 1, 'braced', text[j + 1:k], -1)
                pos = k + 1
                continue
        yield _Found(text, i, j, 'invalid', None, j)
        pos = j


def _from_match(mo):
    # A _Found for a match of a Template pattern, asking the groups in the
    # order CPython's substitute() does.
    value = mo.group('named') or mo.group('braced')
    invalid_at = -1
    if value is not None:
        kind = 'named'
    elif mo.group('escaped') is not None:
        kind = 'escaped'
    elif mo.group('invalid') is not None:
        kind = 'invalid'
        invalid_at = mo.start('invalid')
    else:
        kind = None
    s, e = mo.span()
    return _Found(mo.string, s, e, kind, value, invalid_at)


def _mapping(what, args, kws):
    if not args:
        raise TypeError("descriptor '%s' of 'Template' object "
                        "needs an argument" % what)
    self, args = args[0], args[1:]
    if len(args) > 1:
        raise TypeError('Too many positional arguments')
    if not args:
        return self, kws
    if kws:
        return self, _multimap(kws, args[0])
    return self, args[0]


class Template:
    """A string with $-placeholders: $name, ${name} and $$ for a
    dollar. substitute() and safe_substitute() fill them in."""
    __metaclass__ = _TemplateMetaclass

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        self._invalid_at(i)

    def _invalid_at(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _placeholders(self, text):
        if self._scan is not None:
            return self._scan(text, self.delimiter)
        return (_from_match(mo) for mo in self.pattern.finditer(text))

    def _replace(self, convert):
        text = self.template
        if not isinstance(text, basestring):
            if not isinstance(text, _buffer):
                raise TypeError('expected string or buffer')
            text = str(text)
        pieces = []
        last = 0
        for found in self._placeholders(text):
            pieces.append(text[last:found.start])
            pieces.append(convert(found))
            last = found.end
        pieces.append(text[last:])
        return text[:0].join(pieces)

    def substitute(*args, **kws):
        self, mapping = _mapping('substitute', args, kws)

        def convert(found):
            if found.kind in ('named', 'braced'):
                # '%s' rather than str(): a unicode value stays unicode.
                return '%s' % (mapping[found.value],)
            if found.kind == 'escaped':
                return self.delimiter
            if found.kind == 'invalid':
                self._invalid_at(found.invalid_at)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self._replace(convert)

    def safe_substitute(*args, **kws):
        self, mapping = _mapping('safe_substitute', args, kws)

        def convert(found):
            if found.kind in ('named', 'braced'):
                try:
                    return '%s' % (mapping[found.value],)
                except KeyError:
                    return found.whole()
            if found.kind == 'escaped':
                return self.delimiter
            if found.kind == 'invalid':
                return found.whole()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self._replace(convert)


# The old functions, now methods of str and unicode.

index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError


def lower(s):
    """lower(s) -> string: s in lower case."""
    return s.lower()


def upper(s):
    """upper(s) -> string: s in upper case."""
    return s.upper()


def swapcase(s):
    """swapcase(s) -> string: s with the case of each letter swapped."""
    return s.swapcase()


def strip(s, chars=None):
    """strip(s [,chars]) -> string: s without leading and trailing
    whitespace (or characters of chars)."""
    return s.strip(chars)


def lstrip(s, chars=None):
    """lstrip(s [,chars]) -> string: s without leading whitespace (or
    characters of chars)."""
    return s.lstrip(chars)


def rstrip(s, chars=None):
    """rstrip(s [,chars]) -> string: s without trailing whitespace (or
    characters of chars)."""
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    """split(s [,sep [,maxsplit]]) -> list of strings: the words of s,
    separated by sep (runs of whitespace if sep is None), splitting at
    most maxsplit times. splitfields is the same function."""
    return s.split(sep, maxsplit)

splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    """rsplit(s [,sep [,maxsplit]]) -> list of strings: as split, but
    the at most maxsplit splits are made from the end."""
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    """join(list [,sep]) -> string: the words joined by sep (a space by
    default). joinfields is the same function."""
    return sep.join(words)

joinfields = join


def index(s, *args):
    """index(s, sub [,start [,end]]) -> int: as find, but ValueError when
    sub is not found."""
    return s.index(*args)


def rindex(s, *args):
    """rindex(s, sub [,start [,end]]) -> int: as rfind, but ValueError
    when sub is not found."""
    return s.rindex(*args)


def count(s, *args):
    """count(s, sub[, start[,end]]) -> int: how many times sub occurs in
    s[start:end], without overlaps."""
    return s.count(*args)


def find(s, *args):
    """find(s, sub [,start [,end]]) -> in: the lowest index of s[start:end]
    where sub starts, or -1."""
    return s.find(*args)


def rfind(s, *args):
    """rfind(s, sub [,start [,end]]) -> int: the highest index of
    s[start:end] where sub starts, or -1."""
    return s.rfind(*args)

_float = float
_int = int
_long = long


def atof(s):
    """atof(s) -> float: the number that s spells."""
    return _float(s)


def atoi(s, base=10):
    """atoi(s [,base]) -> int: the integer that s spells in base (10 by
    default; 0 to take it from a 0, 0o, 0x or 0b prefix)."""
    return _int(s, base)


def atol(s, base=10):
    """atol(s [,base]) -> long: as atoi, but a long."""
    return _long(s, base)


def ljust(s, width, *args):
    """ljust(s, width[, fillchar]) -> string: s padded on the right to
    width."""
    return s.ljust(width, *args)


def rjust(s, width, *args):
    """rjust(s, width[, fillchar]) -> string: s padded on the left to
    width."""
    return s.rjust(width, *args)


def center(s, width, *args):
    """center(s, width[, fillchar]) -> string: s padded on both sides to
    width."""
    return s.center(width, *args)


def zfill(x, width):
    """zfill(x, width) -> string: the numeric string x (or repr(x) for a
    number) padded with zeros on the left to width, after its sign."""
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def expandtabs(s, tabsize=8):
    """expandtabs(s [,tabsize]) -> string: s with its tabs replaced by
    spaces up to the next multiple of tabsize (8 by default)."""
    return s.expandtabs(tabsize)


def translate(s, table, deletions=""):
    """translate(s,table [,deletions]) -> string: s without the characters
    of deletions, the others mapped through table (256 characters)."""
    if deletions or table is None:
        return s.translate(table, deletions)
    # s[:0] makes a str table unicode when s is unicode.
    return s.translate(table + s[:0])


def capitalize(s):
    """capitalize(s) -> string: s with its first character in upper case
    and the rest in lower case."""
    return s.capitalize()


def replace(s, old, new, maxreplace=-1):
    """replace (str, old, new[, maxreplace]) -> string: s with each
    occurrence of old (the first maxreplace ones) replaced by new."""
    return s.replace(old, new, maxreplace)


# Formatter: str.format, in Python, to be extended.

_SSIZE_MAX = 9223372036854775807


def _decimal(c, uni):
    if uni:
        if c.isdecimal():
            return int(c)
        return -1
    if '0' <= c <= '9':
        return ord(c) - 48
    return -1


def _integer(s):
    # The index a field name part stands for, as a long, or None.
    if not s:
        return None
    uni = isinstance(s, unicode)
    acc = 0
    for c in s:
        d = _decimal(c, uni)
        if d < 0:
            return None
        if acc > (_SSIZE_MAX - d) // 10:
            raise ValueError("Too many decimal digits in format string")
        acc = acc * 10 + d
    return long(acc)


def _parse(s):
    # What str._formatter_parser() yields: (literal, field name, format
    # spec, conversion) for each piece of s, raising ValueError where s
    # goes wrong.
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = None
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and markup and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[pos] == c:
                # A doubled brace: the literal keeps one.
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        depth = 1
        fstart = pos
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth <= 0:
                    name, spec, conv = _parse_field(s[fstart:pos - 1])
                    yield (literal, name, spec, conv)
                    break
        else:
            raise ValueError("unmatched '{' in format")


def _parse_field(field):
    # Split the inside of a {} into name, format spec and conversion.
    i = 0
    n = len(field)
    c = None
    while i < n:
        c = field[i]
        i += 1
        if c == ':' or c == '!':
            break
    else:
        c = None
    if c is None:
        return field, field[:0], None
    name = field[:i - 1]
    spec = field[i:]
    conversion = None
    if c == '!':
        if not spec:
            raise ValueError("end of format while looking for conversion "
                             "specifier")
        conversion = spec[0]
        if len(spec) > 1:
            if spec[1] != ':':
                raise ValueError("expected ':' after format specifier")
            spec = spec[2:]
        else:
            spec = spec[1:]
    return name, spec, conversion


def _field_name_split(name):
    # What str._formatter_field_name_split() returns: the first part (a
    # long index, or a string) and an iterator over the rest, pairs of
    # (is attribute, attribute name or index).
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    index = _integer(first)
    if index is not None:
        first = index
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            part = name[start:i]
            is_attr = True
        elif c == '[':
            start = i
            end = name.find(']', i)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            part = name[start:end]
            i = end + 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")
        if not part:
            raise ValueError("Empty attribute in format string")
        if not is_attr:
            index = _integer(part)
            if index is not None:
                part = index
        yield is_attr, part


class Formatter(object):

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        try:
            format_string, args = args[0], args[1:]
        except IndexError:
            if 'format_string' in kwargs:
                format_string = kwargs.pop('format_string')
            else:
                raise TypeError("format() missing 1 required positional "
                                "argument: 'format_string'")
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                # The spec may hold fields of its own.
                format_spec = self._vformat(format_spec, args, kwargs,
                                            used_args, recursion_depth - 1)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        """Iterate over the pieces of format_string: tuples of
        (literal_text, field_name, format_spec, conversion); field_name is
        None after the last field."""
        if not isinstance(format_string, basestring):
            # Let the string method raise the error for it.
            return format_string._formatter_parser()
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object that field_name (such as "0.name" or "key[3]")
        designates, and the key or index of the argument it starts from."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first

"""A small regular-expression engine, for the library modules that need
regular expressions (warnings filters, string.Template) when the re module
is not available. Not for use by programs: import re.

It follows the syntax and the matching rules of re for the subset it knows:
literals and escapes, ., ^, $, \\A, \\Z, \\b, \\B, character classes (with
ranges, negation, \\d \\w \\s and their negations), groups (capturing,
named (?P<name>...), (?:...)), back references (?P=name) and \\1-\\9,
alternation, the greedy and lazy quantifiers * + ? {m} {m,} {m,n}, and the
flags IGNORECASE, LOCALE (ignored), MULTILINE, DOTALL, UNICODE and
VERBOSE, also as (?iLmsux) at the start. Anything else raises error.
"""
# pystm: pure Python; uses no Go module.

I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64


class error(Exception):
    pass


_ASCII_ALNUM = frozenset('abcdefghijklmnopqrstuvwxyz'
                         'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
_ASCII_WORD = _ASCII_ALNUM | frozenset('_')
_ASCII_DIGIT = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')


def escape(pattern):
    """Backslash every character of pattern but ASCII letters and digits,
    as re.escape does."""
    out = []
    for c in pattern:
        if c in _ASCII_ALNUM:
            out.append(c)
        elif c == '\000':
            out.append('\\000')
        else:
            out.append('\\' + c)
    return pattern[:0].join(out)


# Character tests for the class escapes, by flags.

def _is_word(c, uni):
    if uni:
        return c.isalnum() or c == '_'
    return c in _ASCII_WORD


def _is_digit(c, uni):
    if uni:
        return c.isdigit()
    return c in _ASCII_DIGIT


def _is_space(c, uni):
    if uni:
        return c.isspace()
    return c in _ASCII_SPACE

_CLASS_ESCAPES = {
    'd': (_is_digit, False), 'D': (_is_digit, True),
    'w': (_is_word, False), 'W': (_is_word, True),
    's': (_is_space, False), 'S': (_is_space, True),
}

_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v',
                   'a': '\a', '\\': '\\'}

# Parse tree nodes, as tuples:
#   ('lit', char)                  ('any',)
#   ('set', items, negated)        items: chars, (lo, hi) ranges and
#                                  ('esc', test, negated)
#   ('at', kind)                   kind: '^' '$' 'A' 'Z' 'b' 'B'
#   ('group', index or None, alternatives)   alternatives: lists of nodes
#   ('repeat', node, min, max or None, greedy)
#   ('backref', index)


class _Parser(object):

    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def error(self, msg):
        raise error(msg)

    def peek(self):
        if self.i < len(self.p):
            return self.p[self.i]
        return None

    def next(self):
        c = self.peek()
        if c is None:
            self.error("unexpected end of pattern")
        self.i += 1
        return c

    def skip_verbose(self):
        if not self.flags & X:
            return
        while self.i < len(self.p):
            c = self.p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < len(self.p) and self.p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        self.leading_flags()
        alts = self.alternatives()
        if self.i < len(self.p):
            self.error("unbalanced parenthesis")
        return ('group', 0, alts)

    def leading_flags(self):
        # (?iLmsux) groups, which set flags for the whole pattern.
        while self.p.startswith('(?', self.i) and self.i + 2 < len(self.p) \
                and self.p[self.i + 2] in 'iLmsux':
            j = self.i + 2
            while j < len(self.p) and self.p[j] in 'iLmsux':
                self.flags |= {'i': I, 'L': L, 'm': M, 's': S, 'u': U,
                               'x': X}[self.p[j]]
                j += 1
            if j >= len(self.p) or self.p[j] != ')':
                self.error("unexpected end of pattern")
            self.i = j + 1

    def alternatives(self):
        alts = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        seq = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c in '|)':
                return seq
            atom = self.atom()
            if atom is None:
                continue
            self.skip_verbose()
            atom = self.quantified(atom)
            seq.append(atom)

    def quantified(self, atom):
        c = self.peek()
        lo = hi = None
        if c == '*':
            lo, hi = 0, None
        elif c == '+':
            lo, hi = 1, None
        elif c == '?':
            lo, hi = 0, 1
        elif c == '{':
            bounds = self.braces()
            if bounds is None:
                return atom
            lo, hi = bounds
        else:
            return atom
        if c != '{':
            self.i += 1
        if atom[0] == 'at':
            self.error("nothing to repeat")
        greedy = True
        if self.peek() == '?':
            self.i += 1
            greedy = False
        if self.peek() in ('*', '+', '?', '{') and self.peek() != '{':
            self.error("multiple repeat")
        return ('repeat', atom, lo, hi, greedy)

    def braces(self):
        # {m}, {m,}, {,n}, {m,n}; anything else is a literal '{'.
        j = self.p.find('}', self.i)
        if j < 0:
            return None
        body = self.p[self.i + 1:j]
        lo, comma, hi = body.partition(',')
        if not (lo.isdigit() or lo == '') or not (hi.isdigit() or hi == ''):
            return None
        if not comma:
            if not lo:
                return None
            hi = lo
        self.i = j + 1
        lo = int(lo) if lo else 0
        hi = int(hi) if hi else None
        if hi is not None and hi < lo:
            self.error("bad repeat interval")
        return lo, hi

    def atom(self):
        c = self.next()
        if c == '(':
            return self.group()
        if c == '[':
            return self.charset()
        if c == '.':
            return ('any',)
        if c == '^':
            return ('at', '^')
        if c == '$':
            return ('at', '$')
        if c == '\\':
            return self.escape()
        if c in '*+?':
            self.error("nothing to repeat")
        return ('lit', c)

    def group(self):
        index = None
        if self.peek() == '?':
            self.i += 1
            c = self.next()
            if c == ':':
                pass
            elif c == 'P':
                c = self.next()
                if c == '<':
                    end = self.p.find('>', self.i)
                    if end < 0:
                        self.error("unterminated name")
                    name = self.p[self.i:end]
                    if not name or not (name[0].isalpha() or name[0] == '_') \
                            or not all(_is_word(ch, False) for ch in name):
                        self.error("bad character in group name")
                    self.i = end + 1
                    self.ngroups += 1
                    index = self.ngroups
                    self.names[name] = index
                elif c == '=':
                    end = self.p.find(')', self.i)
                    if end < 0:
                        self.error("unterminated name")
                    name = self.p[self.i:end]
                    self.i = end + 1
                    if name not in self.names:
                        self.error("unknown group name")
                    return ('backref', self.names[name])
                else:
                    self.error("unknown specifier: ?P%s" % c)
            elif c == '#':
                end = self.p.find(')', self.i)
                if end < 0:
                    self.error("unbalanced parenthesis")
                self.i = end + 1
                return None
            else:
                self.error("unsupported group syntax (?%s" % c)
        else:
            self.ngroups += 1
            index = self.ngroups
        alts = self.alternatives()
        if self.peek() != ')':
            self.error("unbalanced parenthesis")
        self.i += 1
        return ('group', index, alts)

    def escape(self):
        c = self.next()
        if c in _CLASS_ESCAPES:
            test, neg = _CLASS_ESCAPES[c]
            return ('set', [('esc', test, False)], neg)
        if c in 'AZbB':
            return ('at', c)
        if c in '123456789':
            index = int(c)
            if index > self.ngroups:
                self.error("bogus escape: %r" % ('\\' + c))
            return ('backref', index)
        return ('lit', self.char_escape(c))

    def char_escape(self, c):
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == '0':
            digits = ''
            while len(digits) < 2 and self.peek() is not None and \
                    self.peek() in '01234567':
                digits += self.next()
            return unichr(int(digits or '0', 8)) if isinstance(self.p, unicode) \
                else chr(int(digits or '0', 8))
        if c == 'x':
            digits = self.p[self.i:self.i + 2]
            if len(digits) != 2:
                self.error("bogus escape: %r" % ('\\x' + digits))
            self.i += 2
            n = int(digits, 16)
            return unichr(n) if isinstance(self.p, unicode) else chr(n)
        return c

    def charset(self):
        negated = False
        if self.peek() == '^':
            self.i += 1
            negated = True
        items = []
        first = True
        while True:
            c = self.next()
            if c == ']' and not first:
                break
            first = False
            if c == '\\':
                e = self.next()
                if e in _CLASS_ESCAPES:
                    test, neg = _CLASS_ESCAPES[e]
                    items.append(('esc', test, neg))
                    continue
                c = '\b' if e == 'b' else self.char_escape(e)
            if self.peek() == '-' and self.i + 1 < len(self.p) and \
                    self.p[self.i + 1] != ']':
                self.i += 1
                hi = self.next()
                if hi == '\\':
                    hi = self.char_escape(self.next())
                if hi < c:
                    self.error("bad character range")
                items.append((c, hi))
            else:
                items.append(c)
        return ('set', items, negated)


class _Match(object):
    """What a successful match gives, as re's match objects."""

    def __init__(self, pattern, string, pos, endpos, spans, last):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        self.lastindex = last
        self.lastgroup = None
        for name, index in pattern.groupindex.items():
            if index == last:
                self.lastgroup = name

    def _index(self, g):
        if isinstance(g, basestring):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError("no such group")
        if not 0 <= g <= self.re.groups:
            raise IndexError("no such group")
        return g

    def span(self, group=0):
        return self._spans.get(self._index(group), (-1, -1))

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _get(self, g, default=None):
        s, e = self.span(g)
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def groups(self, default=None):
        return tuple(self._get(g, default)
                     for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return dict((name, self._get(index, default))
                    for name, index in self.re.groupindex.items())


class _Pattern(object):
    """A compiled pattern, with the methods of re's pattern objects that
    the library uses."""

    def __init__(self, pattern, flags):
        parser = _Parser(pattern, flags)
        self._tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags
        self.groups = parser.ngroups
        self.groupindex = parser.names

    def _run(self, string, start, endpos):
        m = _Matcher(string, endpos, self.flags)
        spans = m.run(self._tree, start)
        if spans is None:
            return None
        return _Match(self, string, start, endpos, spans, m.last)

    def match(self, string, pos=0, endpos=None):
        if endpos is None or endpos > len(string):
            endpos = len(string)
        return self._run(string, max(pos, 0), endpos)

    def search(self, string, pos=0, endpos=None):
        if endpos is None or endpos > len(string):
            endpos = len(string)
        for start in xrange(max(pos, 0), endpos + 1):
            m = self._run(string, start, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, string, pos=0, endpos=None):
        if endpos is None or endpos > len(string):
            endpos = len(string)
        start = pos
        while start <= endpos:
            m = self.search(string, start, endpos)
            if m is None:
                return
            yield m
            s, e = m.span()
            start = e + 1 if e == s else e

    def sub(self, repl, string, count=0):
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            s, e = m.span()
            if s == e and n and s == last:
                # As re does: no empty match right after another match.
                continue
            pieces.append(string[last:s])
            if callable(repl):
                pieces.append(repl(m))
            else:
                pieces.append(repl)
            last = e
            n += 1
            if count and n >= count:
                break
        pieces.append(string[last:])
        return string[:0].join(pieces)


class _Matcher(object):
    # Backtracking over the parse tree: each step gets a continuation,
    # the rest of the match, to call with the position it reached.

    def __init__(self, string, end, flags):
        self.s = string
        self.end = end
        self.flags = flags
        self.icase = bool(flags & I)
        self.uni = bool(flags & U)
        self.spans = {}
        self.last = None

    def run(self, tree, start):
        self.spans = {}
        self.last = None
        if self.node(tree, start, lambda pos: True):
            return self.spans
        return None

    def char_ok(self, node, c):
        kind = node[0]
        if kind == 'lit':
            if self.icase:
                return c.lower() == node[1].lower()
            return c == node[1]
        if kind == 'any':
            return c != '\n' or bool(self.flags & S)
        # A set.
        hit = False
        for item in node[1]:
            if isinstance(item, tuple):
                if item[0] == 'esc':
                    ok = item[1](c, self.uni)
                    if item[2]:
                        ok = not ok
                elif self.icase:
                    ok = (item[0] <= c <= item[1] or
                          item[0] <= c.lower() <= item[1] or
                          item[0] <= c.upper() <= item[1])
                else:
                    ok = item[0] <= c <= item[1]
            elif self.icase:
                ok = c.lower() == item.lower()
            else:
                ok = c == item
            if ok:
                hit = True
                break
        return hit != node[2]

    def at(self, kind, pos):
        s = self.s
        if kind == '^':
            return pos == 0 or (self.flags & M and s[pos - 1] == '\n')
        if kind == '$':
            if pos == self.end or (pos == self.end - 1 and s[pos] == '\n'):
                return True
            return bool(self.flags & M) and pos < self.end and s[pos] == '\n'
        if kind == 'A':
            return pos == 0
        if kind == 'Z':
            return pos == self.end
        before = pos > 0 and _is_word(s[pos - 1], self.uni)
        after = pos < self.end and _is_word(s[pos], self.uni)
        if kind == 'b':
            return before != after
        return before == after

    def node(self, node, pos, k):
        kind = node[0]
        if kind in ('lit', 'any', 'set'):
            if pos < self.end and self.char_ok(node, self.s[pos]):
                return k(pos + 1)
            return False
        if kind == 'at':
            return self.at(node[1], pos) and k(pos)
        if kind == 'group':
            return self.group(node, pos, k)
        if kind == 'repeat':
            return self.repeat(node, pos, k)
        if kind == 'backref':
            span = self.spans.get(node[1])
            if span is None:
                return False
            text = self.s[span[0]:span[1]]
            got = self.s[pos:pos + len(text)]
            if self.icase:
                same = got.lower() == text.lower()
            else:
                same = got == text
            return same and k(pos + len(text))
        raise error("bad node %r" % (kind,))

    def seq(self, nodes, i, pos, k):
        if i == len(nodes):
            return k(pos)
        return self.node(nodes[i], pos,
                         lambda p: self.seq(nodes, i + 1, p, k))

    def group(self, node, pos, k):
        index = node[1]
        for alt in node[2]:
            if index is None:
                if self.seq(alt, 0, pos, k):
                    return True
                continue
            old = self.spans.get(index)

            def close(p, start=pos):
                saved = self.spans.get(index)
                saved_last = self.last
                self.spans[index] = (start, p)
                if index:
                    self.last = index
                if k(p):
                    return True
                self.last = saved_last
                if saved is None:
                    self.spans.pop(index, None)
                else:
                    self.spans[index] = saved
                return False
            if self.seq(alt, 0, pos, close):
                return True
            if old is None:
                self.spans.pop(index, None)
            else:
                self.spans[index] = old
        return False

    def repeat(self, node, pos, k):
        sub, lo, hi, greedy = node[1], node[2], node[3], node[4]
        if sub[0] in ('lit', 'any', 'set'):
            # One character each time: find how far it can go, then try
            # the rest from each possible end.
            limit = self.end if hi is None else min(self.end, pos + hi)
            stop = pos
            while stop < limit and self.char_ok(sub, self.s[stop]):
                stop += 1
            if stop - pos < lo:
                return False
            if greedy:
                ends = xrange(stop, pos + lo - 1, -1)
            else:
                ends = xrange(pos + lo, stop + 1)
            for p in ends:
                if k(p):
                    return True
            return False
        return self.repeat_general(sub, lo, hi, greedy, pos, k, 0)

    def repeat_general(self, sub, lo, hi, greedy, pos, k, count):
        def more(p):
            if p == pos and count >= lo:
                # An empty iteration ends the repetition.
                return False
            return self.repeat_general(sub, lo, hi, greedy, p, k, count + 1)
        can_stop = count >= lo
        can_go = hi is None or count < hi
        if greedy:
            if can_go and self.node(sub, pos, more):
                return True
            return can_stop and k(pos)
        if can_stop and k(pos):
            return True
        return can_go and self.node(sub, pos, more)


_cache = {}


def compile(pattern, flags=0):
    """Compile pattern into a pattern object."""
    if isinstance(pattern, _Pattern):
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) > 100:
            _cache.clear()
        p = _cache[key] = _Pattern(pattern, flags)
    return p


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)

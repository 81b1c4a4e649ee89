# _relite (pystm's fallback regular expressions) against re. Under CPython
# both modes import the same re; under "ours" _relite is compared with it.
# modes: cpython ours
import re
import sys
try:
    import _relite
except ImportError:
    _relite = re      # CPython run: compare re with itself

CASES = [
    ('abc', ['abc', 'abcd', 'xabc', 'ab', '']),
    ('a.c', ['abc', 'a\nc', 'ac']),
    ('a.*c', ['abcbc', 'ac', 'a\nc', 'abxx']),
    ('a.*?c', ['abcbc', 'ac']),
    ('a+b*', ['aaab', 'b', 'aaa']),
    ('a?b', ['ab', 'b', 'aab']),
    ('a{2,3}', ['a', 'aa', 'aaaa']),
    ('a{2}b', ['aab', 'ab', 'aaab']),
    ('a{,2}b', ['b', 'aab', 'aaab']),
    ('a{2,}', ['a', 'aaaaa']),
    ('a{x}', ['a{x}', 'a']),
    ('[abc]+', ['cab', 'd', 'abcd']),
    ('[^abc]+', ['xyz', 'a', 'xya']),
    ('[a-z0-9_]+', ['ab_9Z', 'Z']),
    ('[-a]+', ['-a-', 'b']),
    ('[]a]+', [']a]', 'b']),
    ('[\\d\\s]+', ['1 2\t3x', 'x']),
    ('\\d+\\.\\d*', ['3.14', '3.', '.5']),
    ('\\w+', ['hello_1 world', ' x', u'\xe9t\xe9']),
    ('\\W+', ['  x', 'x']),
    ('\\S+\\s+\\S', ['ab  c', 'ab']),
    ('(a|b)+c', ['ababc', 'c', 'abx']),
    ('(a)(b)?(c)', ['ac', 'abc']),
    ('(?P<first>\\w+) (?P<last>\\w+)', ['john smith', 'john']),
    ('(?:ab)+', ['ababab', 'aba']),
    ('(a*)+?b', ['aaab', 'b', 'aaa']),
    ('(a|ab)(c|bcd)(d*)', ['abcd']),
    ('^abc$', ['abc', 'abc\n', 'abcd', 'abc\n\n']),
    ('abc\\Z', ['abc', 'abc\n']),
    ('\\Aabc', ['abc']),
    ('\\bfoo\\b', ['foo bar', 'foobar']),
    ('foo\\B', ['foobar', 'foo bar']),
    ('(a)\\1', ['aa', 'ab']),
    ('(?P<x>a)(?P=x)', ['aa', 'ab']),
    ('hel+o', ['HELLO', 'hello', 'helo']),
    ('\\x41\\t\\n\\\\', ['A\t\n\\']),
    ('a|b|', ['c', 'b']),
    ('x*', ['', 'xxx']),
    ('.*foo', ['barfoo', 'bar']),
    ('(\\d+)-(\\d+)', ['10-20 30-40']),
    ('a.b', ['a\nb']),
    ('\\$(\\w+|\\{[^}]*\\})', ['$HOME/x', '${A B}', '$', '${x']),
]
FLAGS = [0, re.I, re.M, re.S, re.U, re.I | re.S]


def show(m):
    if m is None:
        return None
    return (m.group(), m.span(), m.groups(), sorted(m.groupdict().items()),
            m.lastindex, m.lastgroup)

for pat, strings in CASES:
    for flags in FLAGS:
        ours = _relite.compile(pat, flags)
        theirs = re.compile(pat, flags)
        for s in strings:
            for meth in ('match', 'search'):
                a = show(getattr(ours, meth)(s))
                b = show(getattr(theirs, meth)(s))
                if a != b:
                    print 'DIFF', repr(pat), flags, repr(s), meth, a, b
            a = [show(m) for m in ours.finditer(s)]
            b = [show(m) for m in theirs.finditer(s)]
            if a != b:
                print 'DIFF finditer', repr(pat), flags, repr(s), a, b
            a = ours.sub(lambda m: '<%s>' % m.group(), s)
            b = theirs.sub(lambda m: '<%s>' % m.group(), s)
            if a != b:
                print 'DIFF sub', repr(pat), flags, repr(s), a, b
        if ours.groups != theirs.groups or ours.groupindex != theirs.groupindex:
            print 'DIFF groups', pat

verbose = r"""
    \$(?:
      (?P<escaped>\$) |   # two delimiters
      (?P<named>[_a-z][_a-z0-9]*)      |   # identifier
      {(?P<braced>[_a-z][_a-z0-9]*)}   |   # braced identifier
      (?P<invalid>)              # anything else
    )
    """
for s in ['$who likes $what', '$$ ${x}y $', '${bad', '$1']:
    a = [show(m) for m in _relite.compile(verbose, re.I | re.X).finditer(s)]
    b = [show(m) for m in re.compile(verbose, re.I | re.X).finditer(s)]
    print a == b, a
    m = _relite.compile(verbose, re.I | re.X).search(s)
    print m.start('invalid'), m.group('named'), m.lastindex is None

for s in ['a.b-c_d\x00e\xe9', u'a\xe9', 'plain']:
    print repr(_relite.escape(s)) == repr(re.escape(s))
for bad in ['(', 'a)', '*a', 'a**', '[a', '(?P<1>x)', '\\q', '(?P=nope)', '\\2']:
    for mod in (re, _relite):
        try:
            mod.compile(bad)
            print 'compiled', repr(bad)
        except Exception as e:
            print 'error', repr(bad), mod.error is type(e) or isinstance(e, mod.error)
print 'done'

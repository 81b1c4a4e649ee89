# Remaining str methods and protocol details: decode, encode, __mod__, isdigit on edge cases,
# methods called through the type, methods with keyword arguments, and str subclass method results.
print 'abc'.decode('ascii'), repr('abc'.decode('ascii')), repr('\xc3\xa9'.decode('utf-8')), repr('\xe9'.decode('latin-1'))
print repr('h\xc3\xa9'.decode('utf8', 'ignore')), repr('\xff'.decode('utf-8', 'replace')), repr('\xff'.decode('ascii', 'ignore'))
print repr('abc'.encode('ascii')), repr('abc'.encode('utf-8')), type('abc'.encode('utf-8')).__name__
try:
    '\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print type(e).__name__, e
try:
    '\xe9'.encode('utf-8')   # implicit ascii decode first
except UnicodeDecodeError as e:
    print type(e).__name__, e
try:
    'abc'.decode('no-such-codec')
except LookupError as e:
    print type(e).__name__, e
print repr('abc'.decode()), repr('abc'.encode())
print 'abc'.__mod__(()), 'x=%d'.__mod__(5), 'ab'.__rmod__ if False else ''
print str.join(',', 'abc'), str.split('a b'), str.replace('aaa', 'a', 'b', 2), str.count('aXbX', 'X')
# keyword arguments are not accepted by most str methods in 2.7
for call in ("'a b'.split(sep=' ')", "'abc'.find(sub='b')", "'a'.center(width=3)", "'a\\nb'.splitlines(keepends=True)",
             "'abc'.encode(encoding='ascii')", "'abc'.decode(errors='strict')", "'abc'.startswith(prefix='a')"):
    try:
        r = eval(call)
        print call, 'ok', repr(r)
    except TypeError as e:
        print call, type(e).__name__, e
for s in ('0', '12', '1.5', '-1', ' 1', '\xb2', '', '\t'):
    print repr(s), s.isdigit(), s.isalnum(), s.isspace()
# methods of str subclass return plain str
class S(str):
    pass
x = S('  Mixed Case  ')
for name in ('strip', 'lower', 'upper', 'title', 'swapcase', 'capitalize', 'center', 'zfill', 'expandtabs'):
    m = getattr(x, name)
    r = m(20) if name in ('center', 'zfill') else m()
    print name, type(r).__name__, repr(r)
print type(x.split()[0]).__name__, type(x.partition(' ')[0]).__name__, type(x.replace('x', 'x')).__name__, type(x[:]).__name__
print type(S('abc').translate(None)).__name__, type(''.join([S('a'), S('b')])).__name__, type(S('') + '').__name__

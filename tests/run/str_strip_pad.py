# strip/lstrip/rstrip, center/ljust/rjust, zfill, expandtabs.
for s in ['  hi  ', '\t\n hi \r\x0b\x0c', 'xxhixx', '', '   ', 'hi']:
    print repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(' hx'))
print repr('abcba'.strip('ab')), repr('abcba'.lstrip('ba')), repr('abcba'.rstrip('a')), repr('aaa'.strip('a'))
print repr('  x  '.strip(None)), repr('xyx'.strip('')), repr(u'  u  '.strip()), repr(' a '.strip(u' '))
try:
    'a'.strip(5)
except TypeError as e:
    print type(e).__name__, e
try:
    'a'.strip('a', 'b')
except TypeError as e:
    print type(e).__name__, e
for w in (0, 1, 5, 6, 7, 10):
    print w, repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abcd'.center(w, '*'))
print repr('ab'.center(5)), repr('ab'.center(6, '-')), repr('a'.center(4)), repr('abc'.center(-3)), repr(''.center(3, 'x'))
for bad in (('x',), (5, 'ab'), (5, ''), (5, 1), (2.5,)):
    for name in ('center', 'ljust', 'rjust'):
        try:
            getattr('ab', name)(*bad)
        except TypeError as e:
            print name, bad, type(e).__name__, e
for s in ('42', '-42', '+42', '', 'abc', '-', '3.14', '--1'):
    print repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1))
try:
    '1'.zfill('5')
except TypeError as e:
    print type(e).__name__, e
for s in ('a\tb', '\t', 'ab\tc\td', 'abcdefgh\ti', 'a\nb\tc', 'a\r\tb', '\t\t'):
    print repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-1))
try:
    'a\tb'.expandtabs('4')
except TypeError as e:
    print type(e).__name__, e

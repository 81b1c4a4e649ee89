# More bytearray methods and operations: split/join/strip families, count/find with ints, slicing assignment,
# comparison with str, conversion, iteration, and in-place mutation through views of slices.
b = bytearray('  Hello, World  ')
print repr(b.strip()), repr(b.lstrip()), repr(b.rstrip()), repr(b.strip(' dH')), repr(b.split(',')), repr(b.rsplit(None, 1))
print repr(bytearray('a,b,,c').split(',')), repr(bytearray('a\nb\r\nc').splitlines()), repr(bytearray('x=y').partition('='))
print repr(bytearray('x=y=z').rpartition('=')), repr(bytearray('-').join([bytearray('a'), 'b', bytearray('c')]))
print bytearray('hello').count('l'), bytearray('hello').find('l'), bytearray('hello').rfind('l'), bytearray('hello').index('e')
print bytearray('hello').startswith(('he', 'x')), bytearray('hello').endswith('lo'), bytearray('abc') + bytearray('d')
print bytearray('abc') == 'abc', 'abc' == bytearray('abc'), bytearray('a') < 'b', bytearray('b') > bytearray('a')
print list(bytearray('AZ')), [c for c in bytearray('hi')], sum(bytearray('\x01\x02\x03')), max(bytearray('abc'))
b = bytearray('0123456789')
b[2:5] = ''
print repr(b)
b[:0] = 'xy'
print repr(b)
b[-2:] = bytearray('END')
print repr(b)
b[::3] = 'ABCD'
print repr(b)
try:
    b[::3] = 'AB'
except ValueError as e:
    print type(e).__name__, e
try:
    b[0:1] = 5
except TypeError as e:
    print type(e).__name__, e
b[0:1] = [65, 66]
print repr(b)
c = b[:]
c[0] = 0
print repr(b[:2]), repr(c[:2])
print repr(bytearray('abc') * 2), repr(2 * bytearray('x')), repr(bytearray('aXbXc').replace('X', '--'))
print repr(bytearray('abc').upper().lower().title()), bytearray('AbC').isalpha(), bytearray('123').isdigit()
print repr(bytearray('\x00\x80\xff')), len(bytearray(1000)), bytearray('a') in [bytearray('a')]
print repr(bytearray('hello').translate(None, 'l')), repr(bytearray(' x ').center(7, '*')), repr(bytearray('7').zfill(3))
for call in ("bytearray('a').split(5)", "bytearray('a').join([1])", "bytearray('a') + 5", "bytearray('a') + u'b'",
             "bytearray('abc').find(300)", "bytearray('a').decode('utf-8', 'bogus')", "bytearray('a').count()",
             "bytearray('a') * 'x'", "bytearray('ab').index('z')", "bytearray.fromhex(5)", "bytearray('a').extend(5)"):
    try:
        r = eval(call)
        print call, 'ok', repr(r)
    except (TypeError, ValueError, LookupError) as e:
        print call, type(e).__name__, e

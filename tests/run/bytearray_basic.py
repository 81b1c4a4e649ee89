# bytearray: construction, mutation, methods, conversions, errors.
b = bytearray('hello')
print b, repr(b), len(b), b[0], b[-1], b[1:3], type(b[1:3]).__name__, str(b), list(b)
for v in (bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray(u'abc', 'ascii'), bytearray(b), bytearray(xrange(97, 100))):
    print repr(v), len(v)
print repr(bytearray('\x00\xff\n\'"')), repr(bytearray(u'\xe9', 'utf-8')), repr(bytearray(u'\xe9', 'latin-1'))
for args in ((u'abc',), ([256],), ([-1],), (['a'],), (1.5,), (-1,), ('abc', 'ascii'), (u'\xe9', 'ascii'), (5, 'x')):
    try:
        r = bytearray(*args)
        print args, 'ok', repr(r)
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print args, type(e).__name__, e
b[0] = ord('j')
print b
b[1:3] = 'EE'
print b
b[1:3] = bytearray('iii')
print b
b[0:0] = [72]
print b
del b[0]
del b[-1]
print b
b.append(33)
b.extend('xy')
b.extend([1, 2])
b.insert(0, 62)
print repr(b)
print b.pop(), b.pop(0), repr(b)
b.remove(ord('x'))
print repr(b)
b.reverse()
print repr(b)
for call in ('b.append(256)', 'b.append("ab")', 'b.append(-1)', 'b.remove(200)', 'bytearray().pop()', 'b[0] = 300',
             'b[0] = "a"', 'b[100]', 'b.extend([1000])', 'b.insert(0, -5)', 'b["a"]', 'hash(b)', 'b.index("zz")'):
    try:
        exec call
        print call, 'ok'
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print call, type(e).__name__, e
c = bytearray('Hello World')
print c.upper(), c.lower(), c.swapcase(), c.title(), c.capitalize(), c.find('o'), c.rfind('o'), c.count('l')
print c.split(), c.split('o'), c.partition(' '), c.replace('l', 'L'), c.strip('Hd'), c.startswith('He'), c.endswith(bytearray('ld'))
print c.center(15, '*'), c.ljust(13, '-'), c.rjust(13), c.zfill(13), c.isalpha(), c.isupper(), c.istitle(), c.join(['a', 'b'])
print c.index('W'), c.decode('ascii'), repr(c.decode('utf-8')), c + 'x', c * 2, 'W' in c, 87 in c, bytearray('ab') == 'ab'
print bytearray('a') < bytearray('b'), bytearray('abc') == bytearray('abc'), bytearray('x') != 'y', c.splitlines(), c.expandtabs()
print repr(c.translate(''.join(chr(i) for i in range(256)).upper() if False else None, 'lo')), repr(bytearray('ab').translate(None))
d = bytearray('abc')
d += 'def'
d *= 2
print d, len(d)
d[::2] = 'xxxxxx'
print d
d[::-1] = d
print d
del d[::3]
print d
print repr(bytearray.fromhex('41 42 ff')), repr(bytearray.fromhex(''))
try:
    bytearray.fromhex('4')
except ValueError as e:
    print type(e).__name__, e
print type(bytearray('x').decode('ascii')).__name__, str(bytearray('abc')), unicode(bytearray('abc')) if False else ''
print bytes is str, bytes('abc'), type(bytes(bytearray('x'))).__name__, repr(bytes(5)), b'lit', type(b'').__name__

# str operations: concatenation, repetition, comparison, membership, len, iteration, ord/chr, str().
s = 'hello'
print s + ' world', s * 2, 2 * s, s * 0, s * -1, '' * 100, repr(s * 1)
print len(s), len(''), len('\x00\x00'), s[0], s[-1], list(s), tuple('ab')
print 'a' < 'b', 'a' < 'ab', 'B' < 'a', 'abc' == 'abc', 'abc' != 'abd', '' < 'a', 'Z' < 'a', '\xff' > 'a'
print cmp('a', 'b'), cmp('b', 'a'), cmp('a', 'a'), max('abc'), min('abc'), sorted('hello')
print 'ell' in s, 'elo' in s, '' in s, s in s, 'h' not in s
print [c for c in 'abc'], [ord(c) for c in 'AZaz09'], ''.join(chr(i) for i in range(65, 70))
print ord('\x00'), ord('\xff'), chr(0) == '\x00', repr(chr(255)), ord(u'\u1234'), ord('a')
for bad in ('', 'ab', 5, None, u'ab'):
    try:
        ord(bad)
    except TypeError as e:
        print repr(bad), type(e).__name__, e
for bad in (-1, 256, 'a', 1.5, 2 ** 70):
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print repr(bad), type(e).__name__, e
print str(), str(5), str(-1.5), str([1]), str(None), str(str), str(u'ascii'), str((1, 'a'))
try:
    str(u'\xe9')
except UnicodeEncodeError as e:
    print type(e).__name__, e
print str('a', ) if True else '', str.__name__, type('').__name__, isinstance('', basestring), isinstance('', str)
try:
    str(1, 2)
except TypeError as e:
    print type(e).__name__, e
for expr in ('s + 1', 's + None', '1 + s', 's * "a"', 's * 1.5', 's - s', 's[1.5]', 's["a"]', '-s', 's[5]', 's[-6]', 's() '):
    try:
        r = eval(expr)
        print expr, 'ok', repr(r)
    except (TypeError, IndexError) as e:
        print expr, '->', type(e).__name__, e
try:
    s[0] = 'j'
except TypeError as e:
    print type(e).__name__, e
try:
    s.x = 1
except AttributeError as e:
    print type(e).__name__, e
try:
    s.nosuch
except AttributeError as e:
    print type(e).__name__, e
print hash('') , hash('a') == hash('a'), hash('abc'), hash('hello world'), hash('\x00'), hash('a' * 100)
print 'abc' * True, 'ab' * 3L
try:
    'x' * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print type(e).__name__
try:
    'x' * (2 ** 64)
except (MemoryError, OverflowError) as e:
    print type(e).__name__, e
# str subclass
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
m = MyStr('hey')
print m, m.shout(), type(m).__name__, type(m + 'x').__name__, type(m[0]).__name__, type(m.upper()).__name__
print m == 'hey', isinstance(m, str), repr(m), len(m), type(str(m)).__name__, type(m * 1).__name__
class ReprStr(str):
    def __repr__(self):
        return 'ReprStr(%s)' % str.__repr__(self)
print repr(ReprStr('x')), [ReprStr('y')], str(ReprStr('z')), '%s|%r' % (ReprStr('a'), ReprStr('b'))
# iteration via __getitem__ and buffer-ish operations
it = iter('ab')
print it.next(), it.next()
try:
    it.next()
except StopIteration:
    print 'StopIteration'
print 'abc'.__len__(), 'abc'.__getitem__(1), 'abc'.__contains__('b'), 'a'.__add__('b'), 'a'.__mul__(3)
print 'a'.__rmul__(2), 'abc'.__getslice__(1, 2), 'abc'.__getslice__(-100, 100), 'a'.__mul__(-3) == ''
try:
    'a'.__add__(1)
except TypeError as e:
    print type(e).__name__, e
print 'a'.__eq__(1), 'a'.__lt__('b'), 'a'.__ne__(u'a'), 'a'.__eq__(u'a')
print intern('interned') == 'interned', intern('ab' + 'c') is intern('abc')

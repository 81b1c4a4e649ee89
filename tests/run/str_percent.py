# % formatting: every conversion, flag, width, precision, * and mapping keys.
ints = [0, 1, -1, 42, -42, 255, 2 ** 40, -(2 ** 70), True]
for v in ints:
    print '%d|%i|%u|%o|%x|%X|%5d|%-5d|%05d|%+d|% d|%#o|%#x|%#X|%.3d|%8.4x' % ((v,) * 16)
floats = [0.0, -0.0, 1.5, -1.5, 3.14159265, 1e10, 1e-10, 123456.789, 1e16, 1e100, -2.5e-5, 0.5, 2.5, 1e22]
for v in floats:
    print '%f|%F|%e|%E|%g|%G|%.2f|%10.3f|%-10.2e|%+g|% g|%#g|%#.0f|%.0e|%010.2f|%.15g' % ((v,) * 16)
print '%d' % 3.99, '%d' % -3.99, '%x' % 255L, '%o' % 8.0 if False else '%d' % 2L, '%i' % 1e3, '%u' % -5
print '%s' % 'str', '%s' % 1, '%s' % [1, 'a'], '%r' % 'str', '%r' % 1.1, '%r' % u'uni', '%s' % None
print '%5s|%-5s|%.2s|%5.1s|%-6r|' % ('abc', 'abc', 'abc', 'abc', 'x')
print '%c%c%c' % (72, 'i', 33), '%5c|%-3c|' % ('x', 65)
print '%%', '100%%' % (), '%s%%' % 50, '%*d|%-*d|%.*f|%*.*f' % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.5)
print '%(name)s is %(age)d, %(name)r again' % {'name': 'Bob', 'age': 30}
print '%(a)s %(a)s %%' % {'a': 1}, '%(x)5.1f|' % {'x': 2.25}, '%()s' % {'': 'empty key'}
print '%s' % (1,), '%s' % ((1, 2),), '%s %s' % (1, 2), '%s' % [1, 2], '%r' % ((),)
print 'no format' % (), 'no format' % {}, 'no format' % [] if False else 'x'
print '%-+6d|%+-6d|%0-6d|%- 6d|% 06d|%+06d' % (5, 5, 5, 5, 5, 5)
print '%#.3g|%#x|%#o|%#5x|%#-8o|%#08x' % (1.0, 0, 0, 10, 10, 255)
print '%.0f %.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5, 3.5)
print '%.1f %.2f %.3f' % (0.05, 0.125, 2.0005), '%.20f' % 0.1, '%.50f' % 1.0 if False else ''
print '%.3s|%.0s|%10.5s|' % ('abcdef', 'abc', 'abcdefgh')
print '%s %s' % ('a', u'b'), type('%s' % u'x').__name__, repr('%r' % u'\xe9'), repr('%s' % 'b\xff')
print '%x %X %o' % (-255, -255, -8), '%x' % (2 ** 64), '%#X' % (2 ** 64)
print '%.100f' % 1e-5 if False else '%.10f' % 1e-5, '%e' % 0, '%g' % 100000, '%g' % 1000000, '%g' % 0.0001, '%g' % 0.00001
print '%s' % True, '%d' % True, '%r' % False, '%f' % True, '%s' % 1L, '%r' % 1L, '%d' % 1L
class Obj(object):
    def __str__(self):
        return 'S'
    def __repr__(self):
        return 'R'
print '%s %r' % (Obj(), Obj()), '%s' % (Obj(),)
class IntLike(object):
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
print '%d %f' % (IntLike(), IntLike())
errors = [('%d', 'a'), ('%d', None), ('%f', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', (1,)), ('%(a)s', {}),
          ('%c', 'ab'), ('%c', 1.5), ('%c', 256 * 1000 ** 2), ('%z', 1), ('%', 1), ('%(a', {'a': 1}), ('%*d', ('a', 1)),
          ('%s', ()), ('%.*f', (1.5, 2)), ('abc', 1), ('%x', 1.5), ('%o', 'a'), ('%c', -1), ('%d %(a)s', {'a': 1})]
for fmt, args in errors:
    try:
        r = fmt % args
        print repr(fmt), 'ok', repr(r)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print repr(fmt), type(e).__name__, e
# mapping that is not a dict
class M(object):
    def __getitem__(self, k):
        return k * 2
print '%(ab)s %(c)s' % M()
print '%s' % M.__name__, '%-8s|' % 'left', '%8s|' % 'right'
print '%3$s' % () if False else '%.3e' % 12345.6789, '%10.4E|' % -0.000123456
print '%d items' % 3, 'a%sb' % '', '%s' % '', '%5%|' % ()

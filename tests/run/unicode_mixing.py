# Mixing str and unicode: coercion, comparison, hashing, containers, %-formatting, repr.
print repr('a' + u'b'), repr(u'a' + 'b'), repr('a' * 2 + u''), type('' + u'').__name__
print 'abc' == u'abc', u'abc' == 'abc', 'a' < u'b', hash('abc') == hash(u'abc'), {'k': 1}[u'k'], {u'k': 2}['k']
print u'a' in 'abc', 'a' in u'abc', u'abc'.find('b'), 'abc'.find(u'c'), 'a,b'.split(u',')
d = {}
d['x'] = 1
d[u'x'] = 2
print d, len(d)
s = set(['a', u'a', 'b'])
print len(s)
# implicit decoding fails for non-ASCII bytes
for expr in ("'\\xe9' + u'a'", "u'a' + '\\xe9'", "'\\xe9' in u'abc'", "u'%s' % '\\xe9'", "u'a'.join(['\\xe9'])",
             "u'abc'.replace('b', '\\xff')", "'%s %s' % (u'a', '\\xe9')", "unicode('\\xe9')"):
    try:
        r = eval(expr)
        print expr, 'ok', repr(r)
    except UnicodeDecodeError as e:
        print expr, type(e).__name__, e
# comparing unequal non-ASCII str and unicode: False (with a warning in CPython) rather than an error
import warnings
warnings.simplefilter('ignore')
print '\xe9' == u'\xe9', '\xe9' != u'\xe9'
# %-formatting with unicode
print repr('%s' % u'u'), repr('%s and %s' % ('s', u'u')), repr('%r' % u'\xe9'), repr(u'%s' % 'ascii str')
print repr(u'%d %5.2f %x %c %c' % (5, 2.5, 255, 65, u'\u20ac')), repr(u'%(k)s' % {'k': u'\xe9'}), repr(u'%-4s|' % u'\xe9')
print repr(u'%s' % [u'\xe9']), repr(u'%s' % (u'\xe9',)), repr('%s' % Exception(u'x') if False else '')
try:
    print repr('%c' % u'\u20ac'), repr('%s%c' % ('a', u'b'))
except (UnicodeEncodeError, OverflowError, TypeError) as e:
    print type(e).__name__, e
try:
    u'%c' % 0x110000
except (OverflowError, ValueError) as e:
    print type(e).__name__, e
class U(object):
    def __unicode__(self):
        return u'\xfcnicode'
    def __str__(self):
        return 'str'
print repr(unicode(U())), repr(u'%s' % U()), repr('%s' % U()), repr(u'{0}'.format(U())), repr('{0}'.format(U()))
# repr of unicode
for u in (u'', u'a', u"'", u'"', u'\'"', u'\\', u'\n\t\r', u'\x00\x1f\x7f', u'\x80\xff', u'\u0100\uffff', u'\U00010000',
          u'\ud800', u'it\'s'):
    print repr(u), len(repr(u))
print repr([u'a', 'a']), repr((u'\xe9',)), repr({u'k': u'v'}), str(u'ascii only'), unicode('bytes'), unicode(5), unicode(1.5), unicode([1, u'\xe9'])
print type(unicode()).__name__, repr(unicode()), repr(unicode(None)), repr(unicode(u'same'))
# unicode literals and escapes
print repr(u'\N{LATIN SMALL LETTER E WITH ACUTE}'), repr(u'\N{EURO SIGN}'), repr(ur'raw\n\u0041'), repr(u'\101\x41\u0041')
try:
    eval(r"u'\N{NO SUCH NAME}'")
except SyntaxError as e:
    print type(e).__name__, e.msg if hasattr(e, 'msg') else e
try:
    eval(r"u'\x4'")
except SyntaxError as e:
    print type(e).__name__
# unichr and ord
print repr(unichr(0)), repr(unichr(0xe9)), repr(unichr(0xffff)), ord(u'\xe9'), ord(u'\U00010000')
for bad in (-1, 0x110000, 'a', 1.5):
    try:
        unichr(bad)
    except (ValueError, TypeError) as e:
        print repr(bad), type(e).__name__, e
# unicode subclasses
class MyU(unicode):
    pass
m = MyU(u'hi')
print repr(m), type(m).__name__, type(m + u'!').__name__, type(m.upper()).__name__, isinstance(m, basestring)
print isinstance(u'', basestring), issubclass(unicode, basestring), issubclass(str, basestring), basestring.__name__
try:
    basestring()
except TypeError as e:
    print type(e).__name__, e

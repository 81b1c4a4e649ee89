# __str__, __repr__, __unicode__, __format__: fallbacks, use by print/%/format/containers, bad returns.
class Both(object):
    def __str__(self):
        return 'str of Both'
    def __repr__(self):
        return 'repr of Both'
b = Both()
print b, str(b), repr(b), '%s|%r' % (b, b), [b], (b,), {b: b}.values(), '{0}|{0!r}|{0!s}'.format(b), `b`
class ReprOnly(object):
    def __repr__(self):
        return 'ReprOnly()'
print ReprOnly(), str(ReprOnly()), '%s' % ReprOnly(), format(ReprOnly())
class StrOnly(object):
    def __str__(self):
        return 'StrOnly str'
print StrOnly(), repr(StrOnly()).startswith('<__main__.StrOnly object at 0x'), [type(StrOnly()).__name__]
class Uni(object):
    def __unicode__(self):
        return u'uni \xe9'
    def __str__(self):
        return 'plain str'
u = Uni()
print repr(unicode(u)), str(u), repr(u'%s' % u), repr('%s' % u), repr(u'{0}'.format(u)), repr(u'' + unicode(u))
class UniOnly(object):
    def __unicode__(self):
        return u'only unicode'
print repr(unicode(UniOnly())), str(UniOnly()).startswith('<__main__.UniOnly object')
class StrForUnicode(object):
    def __str__(self):
        return 'from str'
print repr(unicode(StrForUnicode()))
class StrReturnsUnicode(object):
    def __str__(self):
        return u'unicode from __str__'
print repr(str(StrReturnsUnicode())), type(str(StrReturnsUnicode())).__name__
class StrReturnsNonAscii(object):
    def __str__(self):
        return u'\xe9'
try:
    str(StrReturnsNonAscii())
except UnicodeEncodeError as e:
    print type(e).__name__, e
print repr(unicode(StrReturnsNonAscii()))
class ReprReturnsUnicode(object):
    def __repr__(self):
        return u'uni repr'
print repr(ReprReturnsUnicode()), type(repr(ReprReturnsUnicode())).__name__
# bad return types
class Bad(object):
    def __str__(self):
        return 5
    def __repr__(self):
        return None
    def __unicode__(self):
        return 1.5
for fn in (str, repr, unicode):
    try:
        fn(Bad())
    except TypeError as e:
        print fn.__name__, type(e).__name__, e
try:
    '%s' % Bad()
except TypeError as e:
    print type(e).__name__, e
try:
    [Bad()].__repr__()
except TypeError as e:
    print type(e).__name__, e
# exceptions inside __repr__ propagate through containers
class Raises(object):
    def __repr__(self):
        raise ValueError('repr failed')
try:
    repr([1, Raises()])
except ValueError as e:
    print type(e).__name__, e
# str of str subclass with __str__ override
class S(str):
    def __str__(self):
        return 'overridden'
    def __repr__(self):
        return 'S-repr'
s = S('base')
print s, str(s), repr(s), '%s' % s, s + '', [s], s.upper()
# __str__ on the class is looked up on the type, not the instance
class Inst(object):
    def __str__(self):
        return 'class str'
i = Inst()
i.__str__ = lambda: 'instance str'
print str(i), i.__str__()
# recursive containers and repr of builtin types/functions
l = [1]
l.append(l)
d = {}
d['d'] = d
print l, d, repr(int), repr(len), repr(None), repr(NotImplemented), repr(Ellipsis), repr(object)
print repr(type), repr(Both), repr(str.upper), repr(dict.fromkeys)[:40] if False else ''
# __format__ interplay
class F(object):
    def __format__(self, spec):
        return 'F<%s>' % spec
    def __str__(self):
        return 'F str'
print format(F()), format(F(), 'abc'), '{0:xyz}'.format(F()), '%s' % F(), str(F())

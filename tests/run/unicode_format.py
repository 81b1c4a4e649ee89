# unicode with str.format/format(), % formatting details, and conversions between str/unicode results.
print repr(u'{0}-{1}'.format(u'\xe9', 'x')), repr(u'{0!r}'.format(u'\xe9'))
print repr(u'{:*^7}'.format(u'\u20ac')), repr(u'{0:>5}|'.format(u'ab')), repr(format(u'\xe9', '^5'))
print repr(u'{0:d} {0:x} {1:.2f} {2}'.format(255, 2.5, None)), repr(u'{a}{b}'.format(a=u'\xe9', b=1))
print repr('{0}'.format(u'ascii')), type('{0}'.format(u'ascii')).__name__, type(u'{0}'.format('x')).__name__
print repr(u'%s %s' % ('a', u'\xe9')), repr(u'%r' % 'bytes'), repr(u'%r' % u'\xe9'), repr('%s' % u'\xe9')
print repr(u'%5s|%-5s|%.1s' % (u'\xe9', u'\xe9', u'\xe9\xe9')), repr(u'%c' % 0xe9), repr(u'%c' % u'\u20ac')
print repr(u'%d %i %x %o %e %f %g %%' % (1, 2, 255, 8, 1.5, 2.5, 3.5))
print repr(u'%(name)s=%(val)d' % {'name': u'\xe9', 'val': 3}), repr(u'%(name)s' % {u'name': 'v'})
class U(object):
    def __format__(self, spec):
        return u'U<%s>' % spec
    def __unicode__(self):
        return u'unicode U'
    def __str__(self):
        return 'str U'
print repr(u'{0} {0:spec}'.format(U())), repr('{0:spec}'.format(U())), repr(u'%s' % U()), repr('%s' % U())
for call in ("u'{0'.format(1)", "u'{0:d}'.format(u'x')", "u'%d' % u'x'", "u'%c' % -1", "u'%s %s' % (1,)", "u'{0}'.format()",
             "'{0}'.format(u'\\xe9')", "format(u'\\xe9', 'd')"):
    try:
        r = eval(call)
        print call, 'ok', repr(r)
    except (ValueError, TypeError, IndexError, OverflowError, UnicodeEncodeError) as e:
        print call, type(e).__name__, e
print repr(unicode(5)), repr(unicode(1.5)), repr(unicode([u'\xe9'])), repr(unicode((1, 'a'))), repr(unicode(None))
print repr(unicode(u'\xe9'.encode('utf-8'), 'utf-8')), repr(u'\xe9'.encode('utf-8').decode('latin-1'))
print repr(str(u'abc')), repr(u'abc'.encode('ascii')), repr(u''.join(['a', u'b'])), repr(''.join(['a', 'b']))

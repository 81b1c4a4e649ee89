# KeyError: str shows the repr of a single key; other exceptions with odd args.
for args in ((), ('k',), (1,), (u'uni',), ((1, 2),), (None,), ('',), ('a', 'b'), ([1],), (KeyError('inner'),)):
    e = KeyError(*args)
    print repr(args), '|', str(e), '|', repr(e), '|', repr(unicode(e))
d = {'present': 1}
for key in ('missing', 42, (1, 2), u'uni', None, 1.5, '', frozenset([1]), True):
    try:
        d[key]
    except KeyError as e:
        print 'KeyError', str(e), e.args, type(e.args[0]).__name__
try:
    {}.pop('p')
except KeyError as e:
    print 'pop:', e
try:
    {}.popitem()
except KeyError as e:
    print 'popitem:', e
try:
    set().pop()
except KeyError as e:
    print 'set.pop:', e
try:
    set([1]).remove(2)
except KeyError as e:
    print 'set.remove:', e
try:
    del d['nope']
except KeyError as e:
    print 'del:', e
try:
    d[(1,)]
except KeyError as e:
    print 'tuple key:', e, e.args
try:
    d[()]
except KeyError as e:
    print 'empty tuple key:', str(e), e.args
class K(object):
    def __hash__(self):
        return 1
    def __repr__(self):
        return 'K-repr'
    def __str__(self):
        return 'K-str'
try:
    d[K()]
except KeyError as e:
    print 'object key:', e, repr(e)
try:
    raise KeyError
except KeyError as e:
    print 'bare:', repr(str(e)), e.args
print isinstance(KeyError('x'), LookupError)
try:
    {}['a']
except LookupError as e:
    print type(e).__name__, e

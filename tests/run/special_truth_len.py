# Truth testing: __nonzero__, __len__, their priority and bad return values; len() errors.
class NZ(object):
    def __init__(self, v):
        self.v = v
    def __nonzero__(self):
        return self.v
class L(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both(object):
    def __nonzero__(self):
        print 'nonzero called'
        return False
    def __len__(self):
        print 'len called'
        return 5
class Neither(object):
    pass
print bool(NZ(True)), bool(NZ(False)), bool(NZ(1)), bool(NZ(0)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither())
print not NZ(False), NZ(True) and 'x', L(0) or 'empty', 'yes' if L(2) else 'no'
if Both():
    print 'not reached'
while L(0):
    print 'not reached'
print [x for x in (NZ(0), NZ(1), L(0), L(1)) if x].__len__()
print len(L(7)), len(L(0)), L(5).__len__()
for bad in ('x', 1.5, -1, 2 ** 70, None, True, 3L):
    try:
        r = len(L(bad))
        print 'len', repr(bad), r
    except (TypeError, ValueError, OverflowError) as e:
        print 'len', repr(bad), type(e).__name__, e
for bad in ('x', 1.5, -1, 2 ** 70, None, 2, 0L):
    try:
        r = bool(NZ(bad))
        print 'nonzero', repr(bad), r
    except (TypeError, ValueError, OverflowError) as e:
        print 'nonzero', repr(bad), type(e).__name__, e
for bad in ('x', -1, 2 ** 70):
    try:
        r = bool(L(bad))
        print 'bool via len', repr(bad), r
    except (TypeError, ValueError, OverflowError) as e:
        print 'bool via len', repr(bad), type(e).__name__, e
for obj in (5, 1.5, None, Neither(), iter([])):
    try:
        len(obj)
    except TypeError as e:
        print type(e).__name__, e
try:
    len()
except TypeError as e:
    print type(e).__name__, e
try:
    len([], [])
except TypeError as e:
    print type(e).__name__, e
# truth of builtins
for v in (0, 0L, 0.0, 0j, '', u'', (), [], {}, set(), frozenset(), xrange(0), bytearray(), None, False,
          1, -1, 0.1, 'a', (0,), [None], {0: 0}, xrange(1), NotImplemented, Ellipsis, object, len):
    print type(v).__name__, bool(v)
# and/or/not evaluate truth once
class Count(object):
    n = 0
    def __nonzero__(self):
        Count.n += 1
        return True
c = Count()
x = c and 1
y = c or 2
z = not c
if c: pass
print Count.n
# bool subclassing is not allowed; bool() of bool subclass instance results
print bool(), bool(0), bool([1]), type(bool(1)).__name__, True is bool(1), repr(True), str(False), int(True)

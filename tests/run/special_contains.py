# Membership: __contains__, fallback to __iter__, then __getitem__; results coerced to bool.
class C(object):
    def __contains__(self, x):
        print 'contains', x
        return x > 5
print 10 in C(), 1 in C(), 1 not in C()
class Truthy(object):
    def __contains__(self, x):
        return 'non-empty string'
class Falsy(object):
    def __contains__(self, x):
        return []
print 1 in Truthy(), 1 in Falsy(), type(1 in Truthy()).__name__
class ViaIter(object):
    def __iter__(self):
        print 'iter called'
        return iter([1, 2, 3])
print 2 in ViaIter(), 5 in ViaIter()
class ViaGetitem(object):
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        print 'getitem', i
        return i * 10
print 20 in ViaGetitem(), 25 in ViaGetitem()
class Priority(object):
    def __contains__(self, x):
        return 'contains wins'
    def __iter__(self):
        raise AssertionError('not used')
print 0 in Priority()
class NoSupport(object):
    pass
try:
    1 in NoSupport()
except TypeError as e:
    print type(e).__name__, e
class RaisingContains(object):
    def __contains__(self, x):
        raise KeyError('inside contains')
try:
    1 in RaisingContains()
except KeyError as e:
    print type(e).__name__, e
# membership uses == and identity
class EqAll(object):
    def __eq__(self, o):
        return True
print EqAll() in [1], 1 in [EqAll()], None in [EqAll()]
nan = float('nan')
print nan in [nan], nan in [float('nan')], nan in (nan,), nan in set([nan]), nan in {nan: 1}
# builtin containers
print 'a' in 'cat', 'at' in 'cat', 'x' in u'xyz', 1 in [1.0], 1L in (1,), (1, 2) in [(1, 2)], [1] in [[1]]
print 1 in {1: 'a'}, 'a' in {1: 'a'}, 1 in set([1.0]), 3 in xrange(1, 5), 3 in xrange(1, 5, 2), 2 in xrange(1, 5, 2)
print 'ab' in bytearray('cabd'), 99 in bytearray('c'), 1 in frozenset([True])
for expr in ('[] in {}', '{} in set()', '1 in "abc"', 'None in "abc"', '1 in 1.5', '"a" in 5'):
    try:
        eval(expr)
    except TypeError as e:
        print expr, '->', type(e).__name__, e
# old-style classes use the same fallbacks
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print 2 in OldIter(), 3 in OldIter()

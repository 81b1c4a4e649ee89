# operator: argument errors, sequence helpers and the type checks.
import operator as op

def t(label, f, *args):
    try:
        r = f(*args)
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__ + ':', e

t('getslice str', op.getslice, [1, 2], 'a', 2)
t('getslice float', op.getslice, [1, 2], 1.5, 2)
t('getslice long', op.getslice, [1, 2, 3], 1L, 2L)
t('getslice huge', op.getslice, [1, 2, 3], 1, 10 ** 30)
class IntOnly(object):
    def __int__(self):
        return 1
class IndexOnly(object):
    def __index__(self):
        return 1
t('getslice __int__', op.getslice, [1, 2, 3], IntOnly(), 3)
t('getslice __index__', op.getslice, [1, 2, 3], IndexOnly(), 3)
t('repeat __int__', op.repeat, [1], IntOnly())
t('repeat __index__', op.repeat, [1], IndexOnly())
t('getslice neg', op.getslice, [1, 2, 3, 4], -3, -1)
t('getslice str', op.getslice, 'abcdef', 1, 4)
t('getslice tuple', op.getslice, (1, 2, 3), 0, 2)
t('getslice int', op.getslice, 5, 0, 2)
t('getslice dict', op.getslice, {}, 0, 2)
t('setslice int', op.setslice, 5, 0, 2, [])
t('delslice int', op.delslice, 5, 0, 2)
t('setslice tuple', op.setslice, (1,), 0, 2, [])
t('delslice str', op.delslice, 'ab', 0, 2)
t('getslice kw', lambda: op.getslice([1], 0, 1, x=1))
t('repeat float', op.repeat, [1], 2.0)
t('repeat str', op.repeat, [1], 'a')
t('repeat big', op.repeat, [1], 2 ** 40)
t('repeat neg', op.repeat, [1], -2)
t('repeat long', op.repeat, 'ab', 3L)
t('repeat dict', op.repeat, {}, 2)
t('irepeat tuple', op.irepeat, (1,), 2)
t('irepeat int', op.irepeat, 1, 2)
t('iconcat int', op.iconcat, 1, 2)
t('iconcat tuple', op.iconcat, (1,), (2,))
t('concat list tuple', op.concat, [1], (2,))
t('concat str unicode', op.concat, 'a', u'b')
t('concat dict', op.concat, {}, {})
t('contains int', op.contains, 5, 1)
t('contains dict', op.contains, {1: 2}, 1)
t('sequenceIncludes', op.sequenceIncludes, [1, 2], 3)
t('indexOf gen', op.indexOf, (x for x in 'abc'), 'c')
t('countOf str', op.countOf, 'banana', 'a')
t('countOf nan', op.countOf, [float('nan')] * 2, float('nan'))
n = float('nan')
t('countOf same nan', op.countOf, [n, n, 1], n)
t('indexOf int', op.indexOf, 5, 1)
t('index long', op.index, 2 ** 70)
t('index bool', op.index, True)
t('index str', op.index, 'a')
t('abs str', op.abs, 'a')
t('inv float', op.inv, 1.5)
t('pos str', op.pos, 's')
t('pow 3', op.pow, 2, 3)
t('ipow', op.ipow, 2, 0.5)
t('pow str', op.pow, 'a', 2)
t('mod str', op.mod, '%s-%s', (1, 2))
t('truediv 0', op.truediv, 1, 0)
t('floordiv float', op.floordiv, 7.5, 2)
t('div long', op.div, 7L, -2)
t('div float 0', op.div, 1.0, 0)
t('lshift neg', op.lshift, 1, -1)
t('xor set', op.xor, set([1, 2]), set([2, 3]))
t('and bool', op.and_, True, False)
t('or str', op.or_, 'a', 'b')
t('ior set', op.ior, set([1]), set([2]))
t('isub set', op.isub, set([1, 2]), set([2]))
t('imul list', op.imul, [1], 3)
t('iadd tuple', op.iadd, (1,), (2,))
t('iadd str int', op.iadd, 'a', 1)
t('imod', op.imod, 'x%s', 1)
t('lt complex', op.lt, 1j, 2j)
t('eq list', op.eq, [1], [1])
t('ne', op.ne, 'a', 'a')
t('gt None', op.gt, None, 0)
t('not_ list', op.not_, [0])
t('truth obj', op.truth, object())
t('is_ not', op.is_not, [], [])
t('getitem dict', op.getitem, {}, 'k')
t('getitem int', op.getitem, 5, 0)
t('getitem list str', op.getitem, [1], 'a')
t('setitem int', op.setitem, 5, 0, 1)
t('setitem tuple', op.setitem, (1,), 0, 1)
t('delitem tuple', op.delitem, (1,), 0)
t('delitem str', op.delitem, 'ab', 0)
t('delitem dict', op.delitem, {}, 'k')
t('setitem list float', op.setitem, [1], 1.5, 0)
t('isCallable', op.isCallable, op.isCallable)
t('isCallable class', op.isCallable, int)
t('isNumberType bool', op.isNumberType, True)
t('isNumberType complex', op.isNumberType, 1j)
t('isNumberType None', op.isNumberType, None)
t('_compare_digest str', op._compare_digest, 'abc', 'abc')
t('_compare_digest str2', op._compare_digest, 'abc', 'abd')
t('_compare_digest len', op._compare_digest, 'abc', 'ab')
t('_compare_digest uni', op._compare_digest, u'abc', u'abc')
t('_compare_digest bytearray', op._compare_digest, bytearray('ab'), 'ab')
t('_compare_digest int', op._compare_digest, 1, 2)
t('_compare_digest str int', op._compare_digest, 'a', 2)
t('_compare_digest uni str', op._compare_digest, u'a', 'a')
t('_compare_digest nonascii', op._compare_digest, u'\xe9', u'\xe9')
t('add kw', lambda: op.add(1, b=2))
t('neg kw', lambda: op.neg(a=1))
t('__neg__ none', op.__neg__)
t('__add__ 1', op.__add__, 1)
t('__repeat__ 1', op.__repeat__, 1)
t('__setslice__', op.__setslice__, 1)

class Seq(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __add__(self, other):
        return 'Seq.add'
    def __mul__(self, n):
        return 'Seq.mul %r' % (n,)
    def __iadd__(self, other):
        return 'Seq.iadd'
t('concat Seq', op.concat, Seq(), Seq())
t('concat Seq list', op.concat, Seq(), [1])
t('concat Seq int', op.concat, Seq(), 1)
t('iconcat Seq', op.iconcat, Seq(), Seq())
t('repeat Seq', op.repeat, Seq(), 3)
t('irepeat Seq', op.irepeat, Seq(), 3)
t('contains Seq', op.contains, Seq(), 20)
t('indexOf Seq', op.indexOf, Seq(), 20)
t('countOf Seq', op.countOf, Seq(), 10)
t('getslice Seq', op.getslice, Seq(), 0, 2)

class Old:
    def __getitem__(self, i):
        return i
class OldPlain:
    pass
class Sl(object):
    def __getslice__(self, i, j):
        return ('slice', i, j)
    def __setslice__(self, i, j, v):
        print 'setslice', i, j, v
    def __delslice__(self, i, j):
        print 'delslice', i, j
    def __len__(self):
        return 10
t('getslice Sl', op.getslice, Sl(), -2, -1)
t('setslice Sl', op.setslice, Sl(), -2, 3, 'v')
t('delslice Sl', op.delslice, Sl(), 1, -3)
class D(dict):
    pass
class L(list):
    pass
class Num(object):
    def __int__(self):
        return 1
class Flt(object):
    def __float__(self):
        return 1.0
for x in ['', u'', [], (), bytearray(), xrange(1), {}, set(), frozenset(), Seq(), Sl(), Old(), OldPlain(),
          D(), L(), type.__dict__, 1, 1.5, 1j, True, 1L, None, len, slice(1), Num(), Flt(), iter([])]:
    print type(x).__name__, op.isMappingType(x), op.isSequenceType(x), op.isNumberType(x), op.isCallable(x)

print op.attrgetter(u'real')(5)
try:
    op.attrgetter(u'\xe9')(5)
except Exception as e:
    print type(e).__name__, e
g = op.itemgetter(1)
print repr(g)[:29], repr(op.attrgetter('a'))[:29], repr(op.methodcaller('a'))[:31]
for typ in (op.itemgetter, op.attrgetter, op.methodcaller):
    try:
        class X(typ):
            pass
    except TypeError as e:
        print 'TypeError:', e
try:
    op.itemgetter(1)([1, 2], x=1)
except TypeError as e:
    print 'TypeError:', e
try:
    op.itemgetter(1, x=2)
except TypeError as e:
    print 'TypeError:', e
try:
    op.attrgetter('a', x=2)
except TypeError as e:
    print 'TypeError:', e
try:
    op.attrgetter('a')(1, x=2)
except TypeError as e:
    print 'TypeError:', e
try:
    op.methodcaller('a')(1, x=2)
except TypeError as e:
    print 'TypeError:', e
try:
    op.methodcaller(x=2)
except TypeError as e:
    print 'TypeError:', e
print op.methodcaller(u'upper')('a')
try:
    op.methodcaller(5)('a')
except TypeError as e:
    print 'TypeError:', e
print repr(op.attrgetter('a.b', 'c'))[:29]
try:
    op.attrgetter('real', 5)(1)
except TypeError as e:
    print 'TypeError:', e
print repr(op.attrgetter(''))[:29]
try:
    op.attrgetter('')(1)
except AttributeError as e:
    print 'AttributeError:', e
try:
    op.attrgetter('real.')(1)
except AttributeError as e:
    print 'AttributeError:', e
print op.itemgetter(0, 1)('ab'), op.itemgetter((0, 1))({(0, 1): 'tuplekey'})
print sorted(k for k in dir(op) if not k.startswith('__'))
print op.__name__, op.__doc__ is not None
print op.add, op.__add__, op.add.__name__, op.__add__.__name__, op.itemgetter.__name__, op.attrgetter.__module__

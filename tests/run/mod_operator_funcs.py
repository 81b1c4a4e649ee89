# operator: every function, on ints, sequences and objects.
import operator as op

names = ['abs', 'add', 'and_', 'concat', 'contains', 'countOf', 'delitem', 'delslice',
         'div', 'eq', 'floordiv', 'ge', 'getitem', 'getslice', 'gt', 'iadd', 'iand',
         'iconcat', 'idiv', 'ifloordiv', 'ilshift', 'imod', 'imul', 'index', 'indexOf',
         'inv', 'invert', 'ior', 'ipow', 'irepeat', 'irshift', 'isCallable',
         'isMappingType', 'isNumberType', 'isSequenceType', 'is_', 'is_not', 'isub',
         'itruediv', 'ixor', 'le', 'lshift', 'lt', 'mod', 'mul', 'ne', 'neg', 'not_',
         'or_', 'pos', 'pow', 'repeat', 'rshift', 'sequenceIncludes', 'setitem',
         'setslice', 'sub', 'truediv', 'truth', 'xor']
print all(hasattr(op, n) for n in names)
print all(hasattr(op, '__%s__' % n.rstrip('_')) for n in names if not n[0].isupper() and n not in
          ('countOf', 'indexOf', 'isCallable', 'isMappingType', 'isNumberType', 'isSequenceType',
           'is_', 'is_not', 'sequenceIncludes', 'truth'))

print op.abs(-3), op.add(1, 2), op.add('a', 'b'), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10)
print op.concat([1], [2]), op.concat('x', 'y'), op.contains('abc', 'b'), op.contains([1], 2)
print op.countOf([1, 2, 1, 1], 1), op.indexOf('abcb', 'b'), op.sequenceIncludes((1, 2), 2)
print op.div(7, 2), op.div(7.0, 2), op.truediv(7, 2), op.floordiv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2)
print op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge([1], [1, 0])
print op.getitem([1, 2, 3], 1), op.getitem({'k': 'v'}, 'k'), op.getitem('abc', slice(1, None))
print op.getslice([1, 2, 3, 4], 1, 3)
print op.index(5), op.index(5L), op.inv(5), op.invert(0), op.neg(5), op.pos(-5), op.not_(0), op.truth([])
print op.lshift(1, 10), op.rshift(1024, 3), op.mul(3, 4), op.mul('ab', 2), op.repeat([0], 3)
print op.pow(2, 10), op.pow(2, -1), op.sub(10, 3)
print op.is_(None, None), op.is_not(1, None)
print op.isCallable(len), op.isCallable(1)
print op.isMappingType({}), op.isMappingType([]), op.isNumberType(1.5), op.isNumberType('1')
print op.isSequenceType([]), op.isSequenceType({}), op.isSequenceType('s')
l = [1, 2, 3, 4, 5]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print l
op.setslice(l, 0, 2, ['a', 'b', 'c'])
op.delslice(l, 3, 4)
print l
d = {}
op.setitem(d, 'a', 1)
op.delitem(d, 'a')
print d
# in-place versions mutate mutable objects and return the result
a = [1]
b = op.iadd(a, [2])
print a, b is a
a = [1]
print op.iconcat(a, [3]), op.irepeat(a, 2), a
x = 5
print op.iadd(x, 1), op.isub(x, 1), op.imul(x, 2), op.idiv(x, 2), op.itruediv(x, 2), op.ifloordiv(x, 2)
print op.imod(x, 3), op.ipow(x, 2), op.ilshift(x, 1), op.irshift(x, 1), op.iand(x, 4), op.ior(x, 2), op.ixor(x, 1)
print x
print op.__add__(1, 2), op.__not__(1), op.__getitem__('ab', 0)

class Num(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return 'add %s' % o
    def __iadd__(self, o):
        return 'iadd %s' % o
    def __neg__(self):
        return 'neg'
    def __index__(self):
        return 7
    def __eq__(self, o):
        return 'eq!'
    def __nonzero__(self):
        return False
n = Num(1)
print op.add(n, 2), op.iadd(n, 3), op.neg(n), op.index(n), op.eq(n, 0), op.truth(n), op.not_(n)
print [1, 2, 3, 4, 5, 6, 7, 8][op.index(n)]

def t(label, f, *args):
    try:
        r = f(*args)
        print label, r
    except Exception as e:
        print label, type(e).__name__ + ':', e
t('add(1, "a")', op.add, 1, 'a')
t('concat(1, 2)', op.concat, 1, 2)
t('index(1.5)', op.index, 1.5)
t('div(1, 0)', op.div, 1, 0)
t('getitem([], 0)', op.getitem, [], 0)
t('indexOf([1], 2)', op.indexOf, [1], 2)
t('neg("x")', op.neg, 'x')
t('repeat(1, 2)', op.repeat, 1, 2)
t('add(1)', op.add, 1)
t('countOf(5, 1)', op.countOf, 5, 1)

# operator: itemgetter, attrgetter (with dotted names) and methodcaller.
from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print g('abc'), g([10, 20]), g({1: 'one'})
g2 = itemgetter(0, 2, -1)
print g2('abcdef'), g2([1, 2, 3])
print itemgetter('k')({'k': 'v'})
print itemgetter(slice(1, 3))('abcd')
print sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(0))
print sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(0, 1))
print map(itemgetter(1), [(1, 2), (3, 4)])
print type(g).__name__
try:
    itemgetter(5)('abc')
except IndexError as e:
    print 'IndexError:', e
try:
    itemgetter('x')({})
except KeyError as e:
    print 'KeyError:', e
try:
    itemgetter()
except TypeError as e:
    print 'TypeError:', e
try:
    itemgetter(0)()
except TypeError as e:
    print 'TypeError:', e
try:
    itemgetter(0)(5)
except TypeError as e:
    print 'TypeError:', e

class Node(object):
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
n = Node('root', Node('kid', Node('grandkid')))
print attrgetter('name')(n)
print attrgetter('child.name')(n)
print attrgetter('child.child.name')(n)
print attrgetter('name', 'child.name')(n)
print attrgetter('real', 'imag')(3 + 4j)
print attrgetter('__class__.__name__')(n)
print sorted([Node('b'), Node('a'), Node('c')], key=attrgetter('name'))[0].name
try:
    attrgetter('missing')(n)
except AttributeError as e:
    print 'AttributeError:', e
try:
    attrgetter('child.missing')(n)
except AttributeError as e:
    print 'AttributeError:', e
try:
    attrgetter('child.child.child.name')(n)
except AttributeError as e:
    print 'AttributeError:', e
try:
    attrgetter(5)
except TypeError as e:
    print 'TypeError:', e
try:
    attrgetter(5)(n)
except TypeError as e:
    print 'TypeError:', e
try:
    attrgetter()
except TypeError as e:
    print 'TypeError:', e

m = methodcaller('upper')
print m('abc')
print methodcaller('split', ',')('a,b,c')
print methodcaller('split', ',', 1)('a,b,c')
print methodcaller('replace', 'a', 'b', 1)('aaa')
print methodcaller('get', 'k', 'default')({})
print methodcaller('format', x=1)('{x}')
print map(methodcaller('strip'), [' a ', 'b '])
class Obj(object):
    def meth(self, *a, **k):
        return a, sorted(k.items())
print methodcaller('meth', 1, 2, z=3)(Obj())
try:
    methodcaller('nope')('s')
except AttributeError as e:
    print 'AttributeError:', e
try:
    methodcaller()
except TypeError as e:
    print 'TypeError:', e
try:
    methodcaller(5)
except TypeError as e:
    print 'TypeError:', e
try:
    methodcaller('upper')('s', 't')
except TypeError as e:
    print 'TypeError:', e

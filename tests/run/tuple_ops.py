# tuples: construction, packing, immutability, methods, comparison, hashing, repr, subclasses.
t = (1, 'a', 2.5, None)
print t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[5:], t.count(1), t.index('a')
print (), (1,), (1), tuple(), tuple('abc'), tuple([1, 2]), tuple(x for x in range(3)), tuple({'k': 1}), tuple(xrange(2))
x = 1, 2
y = 3,
print x, y, type(y).__name__
print t + (5,), (0,) * 3, 2 * (1, 2), (1,) * 0, (1, 2) * -1
for expr in ('t + [1]', 't + 1', 't * 2.0', 't[4]', 't["a"]', 't.index(99)', 't.index(1, 1)', 't.count()', 'tuple(1)',
             'tuple(1, 2)', 'hash(([],))', 'hash((1, {}))'):
    try:
        r = eval(expr)
        print expr, 'ok', r
    except (TypeError, IndexError, ValueError) as e:
        print expr, '->', type(e).__name__, e
try:
    t[0] = 5
except TypeError as e:
    print type(e).__name__, e
try:
    del t[0]
except TypeError as e:
    print type(e).__name__, e
try:
    t.append(1)
except AttributeError as e:
    print type(e).__name__, e
# tuples containing mutable objects
m = ([1], [2])
m[0].append(10)
print m
# comparison
print (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') == (1, 'a'), (2,) > (1, 99), (1, 2) == [1, 2]
print cmp((1, 2), (1, 2)), cmp((1,), (2,)), max([(1, 2), (1, 3), (0, 9)]), sorted([(2, 'b'), (1, 'z'), (2, 'a')])
print (1, 2) != (1, 2.0), (float('nan'),) == (float('nan'),)
n = float('nan')
print (n,) == (n,), [n] == [n]
# hash is by value and consistent with equal values
print hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(('a', 'b'))
print {(1, 2): 'a', (1, 2.0): 'b'}
# repr
print repr((1,)), repr(()), repr(('a', u'b', [])), str((1, 'x')), repr(((),)), repr((1, (2, (3,))))
# tuple unpacking in for and functions
for a, b in [(1, 2), (3, 4)]:
    print a + b,
print
def f(*args):
    return args
print f(), f(1), f(*t), type(f()).__name__
# tuple subclass
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point(%r, %r)' % self
p = Point(3, 4)
print p, p.x, p[1], len(p), type(p).__name__, type(p + (5,)).__name__, type(p[:]).__name__, p == (3, 4), isinstance(p, tuple)
print tuple(p), type(tuple(p)).__name__, '%s-%s' % p
print tuple.__len__((1, 2)), tuple.__getitem__((1, 2), 0), (1, 2).__contains__(2), (1, 2).__add__((3,)), (1,).__mul__(2)

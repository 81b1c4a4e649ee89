# __call__, __getitem__/__setitem__/__delitem__ with various keys, __len__ + __getitem__ sequences,
# and callable() results.
class Adder(object):
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add = Adder(10)
print add(1), add(1, 2, 3), add(1, a=5), callable(add), callable(Adder), callable(5), callable(None), callable(len)
print map(Adder(1), [1, 2, 3]), sorted([3, 1, 2], key=Adder(0))
try:
    add()
except TypeError as e:
    print type(e).__name__, e
class NotCallable(object):
    pass
try:
    NotCallable()()
except TypeError as e:
    print type(e).__name__, e
# __call__ on the instance is ignored for new-style classes
nc = NotCallable()
nc.__call__ = lambda: 'instance call'
print callable(nc)
try:
    nc()
except TypeError as e:
    print type(e).__name__, e
# chained __call__: __call__ attribute is itself a callable object
class Chain(object):
    __call__ = Adder(100)
try:
    print Chain()(1)
except TypeError as e:
    print type(e).__name__, e
# containers
class Grid(object):
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError('need (row, col), got %r' % (key,))
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 0] = 'X'
g[1, 2] = 'O'
print g[0, 0], g[1, 2], g[5, 5], len(g), sorted(g.cells)
del g[0, 0]
print len(g)
try:
    del g[9, 9]
except KeyError as e:
    print type(e).__name__, e
try:
    g[1]
except TypeError as e:
    print type(e).__name__, e
print g[1, 2:3] if False else g[(1, 2)]
# missing container methods
class RO(object):
    def __getitem__(self, k):
        return k
r = RO()
try:
    r[0] = 1
except TypeError as e:
    print type(e).__name__, e
try:
    del r[0]
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
class Nothing(object):
    pass
try:
    Nothing()[0]
except TypeError as e:
    print type(e).__name__, e
# Ellipsis and extended keys
print r[...], r[1, ..., 2], r[:, 1], r[::, ::], r[()], r[(1,)], r[1,]
# __len__ + __getitem__ supports sorted, list, enumerate, zip, map
class Sq(object):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError(i)
        return 4 - i
print sorted(Sq()), list(enumerate(Sq())), zip(Sq(), 'abcd'), map(lambda x: x * 2, Sq()), len(Sq()), max(Sq())
print tuple(Sq()), ''.join(str(x) for x in Sq()), list(reversed(Sq())), filter(lambda x: x % 2, Sq())

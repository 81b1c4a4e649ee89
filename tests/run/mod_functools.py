# functools: partial, reduce, wraps, update_wrapper, total_ordering, cmp_to_key.
import functools
from functools import partial, reduce, wraps, update_wrapper, total_ordering, cmp_to_key

def f(a, b, c=3, *args, **kw):
    return a, b, c, args, sorted(kw.items())

p = partial(f, 1)
print p(2), p(2, 4, 5, x=1)
p2 = partial(f, 1, 2, x=9)
print p2(), p2(c=0, x=10), p2(7, y=8)
print p2.func is f, p2.args, p2.keywords
print partial(f, a=5)(b=6)
print partial(partial(f, 1), 2)(), partial(partial(f, 1), 2).args
print type(p).__name__, callable(p)
p3 = partial(int, base=2)
print p3('1010'), p3('11', base=10)
p.attr = 'settable'
print p.attr
print partial(max)([3, 1, 2]), partial(max, key=lambda x: -x)([3, 1, 2])
try:
    partial()
except TypeError as e:
    print 'TypeError:', e
try:
    partial(5)
except TypeError as e:
    print 'TypeError:', e
try:
    partial(f)()
except TypeError as e:
    print 'TypeError:', e
try:
    p.func = len
except (TypeError, AttributeError) as e:
    print type(e).__name__ + ':', e

print reduce(lambda a, b: a + b, [1, 2, 3, 4])
print reduce(lambda a, b: a * b, range(1, 6), 10)
print reduce(lambda a, b: a + b, [], 'empty'), reduce(lambda a, b: a + b, ['only'])
print reduce(lambda a, b: b + a, 'abc'), reduce(max, iter([3, 9, 2]))
print functools.reduce is reduce
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print 'TypeError:', e
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print 'TypeError:', e

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return ('wrapped', fn(*a, **k))
    return inner

@deco
def documented(x):
    """The doc."""
    return x * 2
documented.extra = 1
print documented.__name__, documented.__doc__, documented.__module__, documented(4)
print documented.__wrapped__(5) if hasattr(documented, '__wrapped__') else 'no __wrapped__'

def plain():
    pass
plain.marker = 'm'
def wrapper():
    pass
wrapper.__dict__['own'] = 1
update_wrapper(wrapper, plain)
print wrapper.__name__, wrapper.__doc__, wrapper.marker, wrapper.own
def w2():
    pass
r = update_wrapper(w2, documented, assigned=('__doc__',), updated=())
print r is w2, w2.__name__, w2.__doc__, hasattr(w2, 'extra')
print functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES
class NoName(object):
    pass
try:
    update_wrapper(lambda: 0, NoName())
except AttributeError as e:
    print 'AttributeError:', e

@total_ordering
class V(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= a
print sorted([V(3), V(1), V(2)], reverse=True)[0].v

@total_ordering
class G(object):
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print G(1) < G(2), G(1) >= G(2), G(2) <= G(2)
try:
    @total_ordering
    class Nothing(object):
        pass
except ValueError as e:
    print 'ValueError:', e

def numeric_cmp(x, y):
    return cmp(len(x), len(y)) or cmp(x, y)
print sorted(['ccc', 'a', 'bb', 'b', 'aaa'], key=cmp_to_key(numeric_cmp))
K = cmp_to_key(lambda a, b: b - a)
print sorted([3, 1, 2], key=K)
print K(1) < K(2), K(1) == K(1), K(2) > K(1), K(1) <= K(1), K(1) != K(2)
print K(5).obj
try:
    hash(K(1))
except TypeError as e:
    print 'TypeError:', e
print min([4, 2, 8], key=K), max([4, 2, 8], key=K)

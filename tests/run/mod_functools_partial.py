# functools.partial: attributes, __dict__, __reduce__/__setstate__,
# subclasses and errors; _functools.reduce.
from functools import partial
import _functools, __builtin__
print _functools.reduce is __builtin__.reduce, _functools.reduce
print _functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), _functools.reduce(lambda a, b: a + b, [], 'init')
for args in [(), (len,), (len, [1], 2, 3), (len, 5)]:
    try:
        _functools.reduce(*args)
    except TypeError as e:
        print 'TypeError:', e
try:
    _functools.reduce(len, [1], x=2)
except TypeError as e:
    print 'TypeError:', e

def f(*a, **k):
    return a, sorted(k.items())
p = partial(f)
print repr(p)[:30], p.keywords, p.args, p.__dict__
p = partial(f, 1, x=2)
print p.keywords, p.args, p(2, y=3), p(x=5)
r = p.__reduce__()
print r[0] is partial, r[1][0] is f, r[2][0] is f, r[2][1:]
print type(p).__name__, type(p).__module__, partial.__name__
for attr in ('func', 'args', 'keywords'):
    try:
        setattr(p, attr, 1)
    except Exception as e:
        print type(e).__name__, e
    try:
        delattr(p, attr)
    except Exception as e:
        print type(e).__name__, e
try:
    p.__dict__ = 5
except Exception as e:
    print type(e).__name__, e
try:
    del p.__dict__
except Exception as e:
    print type(e).__name__, e
p.__dict__ = {'a': 1}
print p.a
p.b = 2
del p.a
print sorted(p.__dict__.items()), hasattr(p, 'a')
try:
    del p.nothere
except AttributeError as e:
    print 'AttributeError:', e
try:
    p.nothere
except AttributeError as e:
    print 'AttributeError:', e
p.keywords['z'] = 'added'
print p()
q = partial(f)
q.__setstate__((len, (1,), {'z': 1}, {'d': 2}))
print q.func, q.args, q.keywords, q.__dict__
for st in [(1, 2, 3), (len, (1,), None, None), (5, (), None, None), (len, [1], None, None),
           (len, (), 5, None), (len, (), None, 5), 5, [len, (), None, None]]:
    try:
        q.__setstate__(st)
        print 'ok', q.func, q.args, q.keywords, q.__dict__
    except Exception as e:
        print type(e).__name__, e
try:
    q.__setstate__()
except TypeError as e:
    print 'TypeError:', e
class P(partial):
    pass
r = P(f, 1)
print r(2), type(r).__name__, r.__reduce__()[0] is P, r.__dict__
r.attr = 1
print r.attr
class P2(partial):
    def __new__(cls, *a, **k):
        return partial.__new__(cls, *a, **k)
    def __call__(self, *a):
        return 'sub', partial.__call__(self, *a)
print P2(f, 3)(4)
class P3(partial):
    __slots__ = ()
p3 = P3(f, 9)
p3.x = 1
print p3(), p3.x
print partial(f, x=1)(x=2)
try:
    partial.__new__(int, f)
except Exception as e:
    print type(e).__name__, e
print hash(p) == hash(p), p == p, p == partial(f, 1, x=2), p != p
class Old:
    def __call__(self, *a):
        return 'old', a
class OldNoCall:
    pass
print partial(Old(), 1)(2)
try:
    partial(OldNoCall())
except TypeError as e:
    print 'TypeError:', e
print partial(f, *range(3))(*range(3, 5))
print sorted(k for k in dir(partial) if not k.startswith('__'))
print partial.__doc__ is not None, partial.func, partial.__call__, partial.__dict__['__dict__']
print partial(partial(f, 1), 2).func.func is f

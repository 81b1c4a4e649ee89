# collections.deque: constructor and method errors, iterators, mutation
# checks, comparisons, __reduce__/__copy__, subclasses, rotation.
from _collections import deque
d = deque([1, 2, 3])
print d.__reduce__()[0] is deque, d.__reduce__()[1:]
print deque([1], 5).__reduce__()[1:]
class D(deque): pass
x = D([1, 2]); x.a = 1
print x.__reduce__()[0] is D, x.__reduce__()[1:], D('ab', 3).__reduce__()[1:]
d = deque([1]); d.append(d); print d
print deque.__doc__ is not None, dir(deque)
for args in [(), ([1],), ([1], None), ([1], 2), ([1], 2.5), ([1], 2L), ([1], 2**70)]:
    try: print deque(*args)
    except Exception as e: print type(e).__name__, e
try: deque([1], maxlen=1, foo=2)
except Exception as e: print type(e).__name__, e
try: deque([1], 2, 3)
except Exception as e: print type(e).__name__, e
try: deque(5)
except Exception as e: print type(e).__name__, e
d = deque([1,2,3])
d.__init__([7, 8])
print d
d.__init__([9], 1)
print d, d.maxlen
for m, a in [('append', ()), ('rotate', ('x',)), ('rotate', (1.5,)), ('rotate', (2**70,)), ('remove', ()), ('count', ()), ('extend', (5,)), ('pop', (1,)), ('__copy__', ()), ('reverse', (1,))]:
    try: print m, getattr(d, m)(*a)
    except Exception as e: print m, type(e).__name__, e
print d.__copy__(), type(D('xy').__copy__()) is D, D('xy', 2).__copy__().maxlen
d = deque(range(10))
d.rotate(); print d
d.rotate(-1); print d
print d[-1], d[5], d[-10]
try: d[-11]
except IndexError as e: print e
try: d[10] = 1
except IndexError as e: print e
try: del d[10]
except IndexError as e: print e
try: d[1:2]
except TypeError as e: print e
try: d['a'] = 1
except TypeError as e: print e
del d[-1]; del d[0]; print d
d[-2] = 'x'; print d
print reversed(d).__class__.__name__, list(reversed(d)), iter(d).__class__.__name__
it = iter(d); print it.__length_hint__(), next(it), it.__length_hint__()
ri = reversed(d); print ri.__length_hint__()
d2 = deque([1, 2, 3])
it = iter(d2); d2.append(4)
try: next(it)
except RuntimeError as e: print 'RuntimeError', e
it = reversed(d2); d2.pop()
try: next(it)
except RuntimeError as e: print 'RuntimeError', e
it = iter(d2); d2[0] = 5; print next(it)
print deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) > deque([]), deque([1]) <= [1], deque([1]) == [1], cmp(deque([1]), deque([2]))
print deque('abc') >= deque('abc'), deque([1, 2]) != deque([1, 2]), deque() == deque()
class E(object):
    def __eq__(self, o): raise ValueError('eq')
d = deque([E()])
try: d.remove(1)
except ValueError as e: print 'ValueError', e
try: d.count(1)
except ValueError as e: print 'ValueError', e
try: 1 in d
except ValueError as e: print 'ValueError', e
class Mut(object):
    def __init__(self, dq): self.dq = dq
    def __eq__(self, o):
        self.dq.append(1)
        return False
dq = deque()
dq.extend([Mut(dq), Mut(dq)])
try: dq.remove(5)
except Exception as e: print type(e).__name__, e
dq = deque()
dq.extend([Mut(dq), Mut(dq)])
try: dq.count(5)
except Exception as e: print type(e).__name__, e
dq = deque()
dq.extend([Mut(dq), Mut(dq)])
try: print 5 in dq
except Exception as e: print type(e).__name__, e
d = deque(range(3), 3)
d.extend(d); print d
d.extendleft(d); print d
d = deque('abc'); d.extend(d); print d
d = deque('abc'); d.extendleft(d); print d
d = deque('abc'); d += d; print d
d = deque('abc'); d += 'xy'; print d, type(d) is deque
try: d += 5
except TypeError as e: print e
print bool(deque()), bool(deque([0])), len(deque('abcd'))
d = deque(maxlen=2); d.extendleft('abc'); print d
d = deque(); print d.__iadd__([1]) is d
print deque(range(5)).__len__(), hasattr(deque, '__contains__')
import copy
d = deque([[1]], 3); c = copy.copy(d); print c, c.maxlen, c[0] is d[0]
print deque.maxlen, deque([1], 3).maxlen
try: del deque().maxlen
except AttributeError as e: print e
try: hash(deque())
except TypeError as e: print e
print deque.__hash__
d = deque(); d.append(d); print d, repr(d)
class S(deque):
    def __repr__(self): return 'S!'
print S(), [S()], str(S())
print deque([S()])
d = deque(range(5)); d.clear(); print d, len(d)
d = deque(range(200)); d.rotate(73); print d[0], d[199]; d.rotate(-273); print d[0]
d = deque(range(5)); d.rotate(12); print d; d.rotate(-12); print d
d = deque()
for i in range(1000):
    d.appendleft(i)
    d.append(-i)
print len(d), d[0], d[-1], d[999], d[1000], sum(d)
for i in range(1500):
    d.popleft()
print len(d), d[0], d[-1]
d.rotate(123)
print d[0], d[-1], list(d)[:3]
q = deque()
for i in range(5000):
    q.append(i)
    if len(q) > 70:
        q.popleft()
print len(q), q[0], q[-1], q.count(4999)
del q[35]
print len(q), q[34], q[35]
q.reverse()
print q[0], q[-1]
print deque('abc').__reduce__()[1], deque.__name__, deque.__module__

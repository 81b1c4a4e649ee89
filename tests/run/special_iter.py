# Iteration protocol: __iter__/next, __getitem__-based iteration, iter(callable, sentinel), errors.
class Count(object):
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def next(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print list(Count(3)), [x * 2 for x in Count(2)], sum(Count(4)), tuple(Count(0)), sorted(Count(3), reverse=True)
c = Count(2)
print list(c), list(c)
a, b = Count(2)
print a, b
print max(Count(5)), min(Count(5)), 3 in Count(5), 9 in Count(5), dict(zip(Count(2), 'ab')), list(enumerate(Count(2)))
# __getitem__ sequence protocol
class Seq(object):
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError('done')
        return i * i
print list(Seq()), 9 in Seq(), 10 in Seq(), [x for x in Seq()], list(reversed([x for x in Seq()]))
it = iter(Seq())
print type(it).__name__, next(it), next(it)
# __getitem__ raising StopIteration also ends iteration
class SeqStop(object):
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print list(SeqStop())
# other exceptions propagate
class SeqErr(object):
    def __getitem__(self, i):
        if i == 1:
            raise KeyError('from getitem')
        return i
try:
    list(SeqErr())
except KeyError as e:
    print type(e).__name__, e
# __iter__ returning a non-iterator
class BadIter(object):
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print type(e).__name__, e
class IterNoNext(object):
    def __iter__(self):
        return object()
try:
    for x in IterNoNext():
        pass
except TypeError as e:
    print type(e).__name__, e
# __iter__ = None is not respected in 2.7 the same way; non-iterables
for obj in (5, None, 1.5, object()):
    try:
        iter(obj)
    except TypeError as e:
        print type(e).__name__, e
# iter(callable, sentinel)
vals = [1, 2, 3, 0, 5]
def pop():
    return vals.pop(0)
print list(iter(pop, 0)), vals
counter = [0]
def inc():
    counter[0] += 1
    return counter[0]
print list(iter(inc, 4))
ci = iter(inc, 100)
print type(ci).__name__, next(ci)
try:
    iter(5, 0)
except TypeError as e:
    print type(e).__name__, e
# next() builtin with default
e = iter([])
print next(e, 'default'), next(iter([1]), 'd')
try:
    next(e)
except StopIteration as ex:
    print 'StopIteration', ex.args
try:
    next([1])
except TypeError as ex:
    print type(ex).__name__, ex
try:
    next(Count(1), 1, 2)
except TypeError as ex:
    print type(ex).__name__, ex
# next() on a new-style object with next method only
class NextOnly(object):
    def next(self):
        return 'next value'
print next(NextOnly())
try:
    iter(NextOnly())
except TypeError as ex:
    print type(ex).__name__, ex
# iterator exhaustion behaviour of builtin iterators
li = iter([1, 2])
print list(li), list(li), next(li, 'exhausted')
# iterating a dict while mutating raises; iterating list while appending extends
# __reversed__ protocol and reversed() fallback
class Rev(object):
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print list(reversed(Rev()))
class SeqLen(object):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print list(reversed(SeqLen()))
for obj in (5, Count(3), {}, set([1])):
    try:
        reversed(obj)
    except TypeError as e:
        print type(e).__name__, e
class BadRev(object):
    def __reversed__(self):
        return 42
try:
    print reversed(BadRev())
except TypeError as e:
    print type(e).__name__, e

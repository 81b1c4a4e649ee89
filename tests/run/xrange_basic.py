# xrange and range: arguments, negative steps, len, indexing, repr, iteration, errors.
for args in ((5,), (2, 5), (0, 10, 3), (10, 0, -3), (5, 5), (5, 0), (0,), (-5,), (-3, 3), (1, 10, 100), (10, 1, -100)):
    x = xrange(*args)
    print args, x, len(x), list(x), range(*args), list(reversed(x))
x = xrange(10, 0, -2)
print x[0], x[-1], x[2], 8 in x, 7 in x, x.__len__()
try:
    x[5]
except IndexError as e:
    print type(e).__name__, e
try:
    x[1:3]
except TypeError as e:
    print type(e).__name__, e
for args in ((), (1, 2, 3, 4), (1, 2, 0), ('a',), (1.5,), (2 ** 70,), (0, 2 ** 63), (1, 'a')):
    try:
        r = xrange(*args)
        print 'xrange', args, 'ok', len(r)
    except (TypeError, ValueError, OverflowError) as e:
        print 'xrange', args, type(e).__name__, e
for args in ((), (1, 2, 0), ('a',), (1.5,), (2 ** 70, 2 ** 70 + 3), (0, 10, 2 ** 68)):
    try:
        r = range(*args)
        print 'range', args, 'ok', r
    except (TypeError, ValueError, OverflowError) as e:
        print 'range', args, type(e).__name__, e
print repr(xrange(0)), repr(xrange(1)), repr(xrange(0, 10, 2)), repr(xrange(-1, -10, -3)), repr(xrange(5, 1))
print type(xrange(1)).__name__, type(iter(xrange(1))).__name__, type(range(1)).__name__
it = iter(xrange(3))
print next(it), next(it), next(it)
try:
    next(it)
except StopIteration:
    print 'StopIteration'
# xrange objects are reusable
x = xrange(3)
print list(x), list(x), sum(x), max(x), sorted(x, reverse=True), [i * i for i in x]
print xrange(True, 3), range(True, 3L), range(-2 ** 62, -2 ** 62 + 2)
import sys
big = xrange(sys.maxint - 2, sys.maxint)
print list(big), len(big)
try:
    xrange(2 ** 63)
except OverflowError as e:
    print type(e).__name__, e
try:
    len(xrange(-sys.maxint - 1, sys.maxint))
except OverflowError as e:
    print type(e).__name__, e
print xrange(5) == xrange(5) if False else 'xrange equality is identity in 2.7'
class I(object):
    def __index__(self):
        return 4
class Int(object):
    def __int__(self):
        return 4
print range(I()) if False else 'skip', xrange(Int()), range(Int())

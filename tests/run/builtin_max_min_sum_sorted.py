# max, min, sum, sorted with keys, defaults and errors.
print max(1, 2, 3), max([4, 6, 5]), max('hello'), max((1, 'a'), (1, 'b')), max([1, 2.5, 2L]), max(-1, -1.0), min(-1.0, -1)
print min(3, 1, 2), min('bca'), min([[2], [1, 5]]), min(x * x for x in range(-3, 3)), max({1: 'a', 3: 'b'}), min(set([4, 2]))
print max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max(1, 2, key=lambda x: -x), min('xyz', key=ord)
print max([1, 3, 3], key=lambda x: x), max([(1, 'first'), (1, 'second')], key=lambda p: p[0])
print min([(1, 'first'), (1, 'second')], key=lambda p: p[0])
for args, kw in (((), {}), (([],), {}), ((1,), {}), ((1, 2), {'bogus': 1}), (([1],), {'key': 5}), ((None, 'a'), {})):
    try:
        r = max(*args, **kw)
        print 'max', args, kw, 'ok', r
    except (TypeError, ValueError) as e:
        print 'max', args, kw, type(e).__name__, e
try:
    min(iter([]))
except ValueError as e:
    print type(e).__name__, e
print sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2L]), sum([1.5, 1]), sum([[1], [2]], []), sum(((1,), (2,)), ())
print sum(xrange(101)), sum(x for x in range(5)), sum([1j, 2]), sum([True, True, True]), sum([2 ** 70, 1]), sum([], 5.5)
import sys
print sum([sys.maxint, 1]), type(sum([sys.maxint, 1])).__name__, sum([1e308, 1e308]), sum([0.5, 2 ** 100])
for args in ((['a', 'b'], ''), (['a'],), ([1, 'a'],), (5,), ([[1]],), ([1], 'x'), ()):
    try:
        r = sum(*args)
        print 'sum', args, 'ok', r
    except TypeError as e:
        print 'sum', args, type(e).__name__, e
print sorted([3, 1, 2]), sorted('banana'), sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower)
print sorted({'b': 1, 'a': 2}), sorted(xrange(5), key=lambda x: (x % 2, -x)), sorted([], key=len), sorted((1,))
print sorted([2, 1, 3], cmp=lambda a, b: b - a), sorted(['x', 'yy', 'z'], key=len, reverse=True), sorted(iter([2, 1]))
print sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([1, 1.0, 1L], key=lambda v: 0)
l = [5, 4]
s = sorted(l)
print s is l, l, type(sorted('ab')).__name__
for args, kw in (((5,), {}), (([1, 2],), {'key': 1}), (([1, 'a', None],), {}), ((), {}), (([1], [2]), {}), (([1],), {'bogus': 2})):
    try:
        r = sorted(*args, **kw)
        print 'sorted', args, kw, 'ok', r
    except TypeError as e:
        print 'sorted', args, kw, type(e).__name__, e
# reverse keeps stability order
data = [('a', 1), ('b', 1), ('c', 0)]
print sorted(data, key=lambda p: p[1], reverse=True)

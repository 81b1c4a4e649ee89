# heapq: every function, including nlargest/nsmallest with key and merge.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
    print h
print [heappop(h) for i in range(len(h))]
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print data
print heapreplace(data, 10), data
print heappushpop(data, -1), data
print heappushpop(data, 100), data
print heappushpop([], 5)
try:
    heappop([])
except IndexError as e:
    print 'IndexError:', e
try:
    heapreplace([], 1)
except IndexError as e:
    print 'IndexError:', e
try:
    heapify((1, 2))
except TypeError as e:
    print 'TypeError:', e
try:
    heappush((), 1)
except TypeError as e:
    print 'TypeError:', e
try:
    heapify(None)
except TypeError as e:
    print 'TypeError:', e
t = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]
heapify(t)
print [heappop(t) for i in range(4)]
s = list('heapsort')
heapify(s)
print ''.join(heappop(s) for i in range(len(s)))

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print nlargest(3, nums), nsmallest(3, nums)
print nlargest(0, nums), nsmallest(-1, nums), nlargest(100, [3, 1, 2]), nsmallest(1, nums)
print nlargest(2, []), nsmallest(3, iter([5, 4, 3, 2, 1]))
print nlargest(1, nums), nsmallest(1, [])
recs = [{'n': 'a', 'p': 3}, {'n': 'b', 'p': 1}, {'n': 'c', 'p': 3}, {'n': 'd', 'p': 2}]
print [r['n'] for r in nlargest(2, recs, key=lambda r: r['p'])]
print [r['n'] for r in nsmallest(2, recs, key=lambda r: r['p'])]
print [r['n'] for r in nlargest(1, recs, key=lambda r: r['p'])], [r['n'] for r in nsmallest(10, recs, key=lambda r: -r['p'])]
print nlargest(3, 'hello world', key=str.upper), nsmallest(2, ['bb', 'a', 'ccc'], key=len)
print nsmallest(3, [(1, 'b'), (1, 'a'), (0, 'z')]), nlargest(2, [1.5, 2, 2L])
print list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9]))
print list(merge([], [1], [])), list(merge()), list(merge([1, 1], [1]))
print list(merge('ace', 'bdf')), list(merge(iter([0, 10]), xrange(5)))
m = merge([1, 3], [2])
print m.next(), m.next(), list(m)
print heapq.__all__ if hasattr(heapq, '__all__') else ''
# a heap of objects with __lt__ only
class Task(object):
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
q = []
for p, n in [(3, 'low'), (1, 'high'), (2, 'mid')]:
    heappush(q, Task(p, n))
print [heappop(q).name for i in range(3)]
class LeOnly(object):
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
q = [LeOnly(3), LeOnly(1), LeOnly(2)]
heapify(q)
print [heappop(q).v for i in range(3)]

# bisect: bisect_left/right, insort_left/right, lo and hi bounds.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 5, 8, 9, 2.5):
    print x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x)
print bisect_left(a, 2, 2), bisect_left(a, 2, 4), bisect_right(a, 2, 0, 2), bisect_right(a, 9, 0, 3)
print bisect_left(a, 2, lo=1, hi=3), bisect_right(a, 0, lo=5)
print bisect_left([], 5), bisect_right([], 5)
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(l, x)
print l
l = [1, 1.0, 2]
insort_left(l, 1L)
insort_right(l, 2.0)
print l, [type(x).__name__ for x in l]
l = [0, 10]
insort(l, 5, 0, 1)
print l
words = ['apple', 'cherry', 'fig']
insort(words, 'banana')
insort(words, 'grape')
print words
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print [grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]]
print bisect_left('abcdef', 'c'), bisect_right(('a', 'c', 'c'), 'c'), bisect_left(xrange(0, 100, 3), 50)
for bad in ((a, 1, -1), ):
    try:
        bisect_left(*bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    bisect_left(None, 1)
except TypeError as e:
    print 'TypeError:', e
try:
    insort((1, 2), 1)
except (TypeError, AttributeError) as e:
    print type(e).__name__ + ':', e
try:
    bisect_right(a)
except TypeError as e:
    print 'TypeError:', e
print bisect_left(a, 2, 100)
print bisect_right(a, 2, 3, 1)
class Rev(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
r = [Rev(9), Rev(5), Rev(1)]
print bisect_left(r, Rev(5)), bisect_right(r, Rev(5)), bisect_left(r, Rev(0))
class Seq(object):
    def __len__(self):
        return 10
    def __getitem__(self, i):
        return i * i
print bisect_left(Seq(), 50), bisect_right(Seq(), 49)

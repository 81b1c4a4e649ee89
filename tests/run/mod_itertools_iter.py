# itertools: chain, compress, dropwhile, takewhile, groupby, ifilter,
# ifilterfalse, imap, izip, izip_longest, starmap, tee.
from itertools import (chain, compress, dropwhile, takewhile, groupby, ifilter,
                       ifilterfalse, imap, izip, izip_longest, starmap, tee, count, islice)
import operator

print list(chain('ab', [1, 2], (), xrange(2)))
print list(chain()), list(chain([]))
print list(chain.from_iterable(['ab', 'cd', []]))
print list(chain.from_iterable(x * 2 for x in 'xy'))
print list(islice(chain.from_iterable(repeat_ for repeat_ in [count()]), 3))
print list(compress('abcdef', [1, 0, 1, 0, 1, 1]))
print list(compress('abc', [1, 1, 1, 1, 1])), list(compress('abcde', [0, 1]))
print list(compress(count(), [True, False, True]))
print list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
print list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
print list(dropwhile(lambda x: True, 'abc')), list(takewhile(lambda x: True, 'abc'))
tw = takewhile(lambda x: x < 3, count())
print list(tw), list(tw)

for k, g in groupby('AAAABBBCCDAABBB'):
    print k, list(g)
print [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])]
print [(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'cherry', 'cranberry'], key=lambda s: s[0])]
print list(groupby([]))
# a group is invalid once the groupby moves on
groups = [(k, g) for k, g in groupby('aabbc')]
print [(k, list(g)) for k, g in groups]
gb = groupby('aaabb')
k, g = gb.next()
print k, g.next()
k2, g2 = gb.next()
print k2, list(g), list(g2)
print [k for k, g in groupby(sorted([3, 1, 2, 1, 3]))]

print list(ifilter(lambda x: x % 2, range(10)))
print list(ifilter(None, [0, 1, '', 'a', None, [], [0]]))
print list(ifilterfalse(lambda x: x % 2, range(10)))
print list(ifilterfalse(None, [0, 1, '', 'a', None]))
print list(imap(operator.add, [1, 2, 3], [10, 20, 30, 40]))
print list(imap(None, 'ab', 'xyz'))
print list(imap(str, [1, 2]))
print list(islice(imap(lambda x: x * x, count()), 4))
print list(izip('abc', [1, 2, 3, 4])), list(izip()), list(izip('a'))
print list(izip_longest('abc', [1])), list(izip_longest('ab', 'xyz', fillvalue='-'))
print list(izip_longest()), list(izip_longest('a'))
print list(starmap(pow, [(2, 5), (3, 2), (10, 3)]))
print list(starmap(lambda *a: a, ['ab', (1,), ()]))
try:
    izip_longest('a', bad=1)
except TypeError as e:
    print 'TypeError:', e

a, b = tee(iter([1, 2, 3]))
print list(a), list(b)
a, b, c = tee('xyz', 3)
print a.next(), a.next(), b.next(), list(c), list(a), list(b)
print len(tee('abc', 0)), len(tee('abc'))
t1, t2 = tee(count())
print [t1.next() for i in range(3)], t2.next()
t3, = tee('q', 1)
print list(t3)
x, y = tee(range(4))
z, w = tee(x)
print list(z), list(w), list(y)
try:
    tee('abc', -1)
except ValueError as e:
    print 'ValueError:', e
for f in (chain, ifilter, imap, izip, starmap):
    try:
        list(f(None, 5)) if f in (ifilter, imap, starmap) else list(f(5))
    except TypeError as e:
        print f.__name__, 'TypeError:', e
try:
    list(groupby(5))
except TypeError as e:
    print 'TypeError:', e
try:
    list(starmap(pow, [1, 2]))
except TypeError as e:
    print 'TypeError:', e

# itertools: count, cycle, repeat, and islice to take from them.
from itertools import count, cycle, repeat, islice, izip

print list(islice(count(), 5))
print list(islice(count(10), 3))
print list(islice(count(5, 3), 4))
print list(islice(count(0, -2), 4))
print list(islice(count(1.5, 0.5), 4))
print list(islice(count(2 ** 63 - 2), 4))
print list(islice(count(10 ** 20, 10 ** 19), 2))
print repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 0.5))
print repr(count(-3)), repr(count(2 ** 70))
c = count(3)
c.next()
print repr(c), next(c)
print list(islice(count(1j, 1j), 2))
print list(islice(cycle('abc'), 8))
print list(islice(cycle([1]), 3))
print list(cycle([]))
g = cycle(x for x in (1, 2))
print [g.next() for i in range(5)]
print list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -5))
print repr(repeat('x')), repr(repeat('x', 2)), repr(repeat(1, -1))
r = repeat(7, 2)
print len(list(r)), list(r)
print len(repeat(1, 4)) if hasattr(repeat(1, 4), '__len__') else 'no len'
print repeat(1, 4).__length_hint__()
print list(islice(repeat(0), 3))
print list(izip(count(), 'abc'))
print list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2))
print list(islice('abcdefg', 0)), list(islice('abc', 10)), list(islice('abcdefg', None)), list(islice('abcdefg', 5, 2))
print list(islice(xrange(100), 10, 50, 15))
it = iter(range(10))
print list(islice(it, 3)), list(it)
# islice consumes only what it needs
it = iter(range(10))
print list(islice(it, 2, 4)), it.next()
for bad in ((-1,), (1, -1), (0, 5, 0), ('a',), (0, 5, -1)):
    try:
        islice('abc', *bad)
    except ValueError as e:
        print bad, 'ValueError:', e
try:
    count('a')
except TypeError as e:
    print 'TypeError:', e
try:
    cycle(5)
except TypeError as e:
    print 'TypeError:', e
try:
    repeat()
except TypeError as e:
    print 'TypeError:', e

# iter() and next() on all built-in iterables; iterator types; exhaustion; iterating while mutating;
# __length_hint__ where it exists.
for obj in ('ab', u'ab', [1, 2], (1, 2), {'a': 1}, set([1]), frozenset([2]), xrange(2), bytearray('ab'),
            {'k': 1}.iteritems(), enumerate('a'), reversed('ab'), iter([5])):
    it = iter(obj)
    print type(obj).__name__, type(it).__name__, iter(it) is it, list(it), list(it), next(it, 'done')
li = [1, 2, 3]
it = iter(li)
next(it)
li.insert(0, 0)
print list(it)
it = iter(li)
del li[:]
print list(it)
s = set([1, 2])
it = iter(s)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print type(e).__name__, e
for obj in ([1, 2, 3], (1, 2), 'abc', xrange(5), {'a': 1, 'b': 2}, set([1]), reversed([1, 2, 3])):
    it = iter(obj)
    next(it)
    print type(it).__name__, it.__length_hint__() if hasattr(it, '__length_hint__') else 'no hint'
# next() errors and defaults
print next(iter([]), None), next(iter('x'), None), next(iter('x'))
for bad in (5, 'abc', [1], None):
    try:
        next(bad)
    except TypeError as e:
        print type(e).__name__, e
# iterating a file-like list of lines with enumerate and zip
lines = ['a\n', 'b\n', 'c']
print [(i, l.strip()) for i, l in enumerate(lines, 1)], zip(lines, iter(range(2)))
# iter with sentinel on a bound method
data = iter([3, 2, 1, 0, 9])
print list(iter(data.next, 0)), list(data)

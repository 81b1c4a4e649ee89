# enumerate, zip, map(None, ...), iterator behaviours.
print list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('ab', -3)), list(enumerate('a', 2 ** 70))
e = enumerate(['x', 'y'])
print type(e).__name__, e.next(), next(e), list(e), iter(e) is e
print list(enumerate(iter([10, 20]), start=100)), dict(enumerate('xy'))
for args in ((5,), (), ('ab', 'x'), ('ab', 1.5)):
    try:
        enumerate(*args)
    except TypeError as ex:
        print args, type(ex).__name__, ex
try:
    enumerate('a', start='b')
except TypeError as ex:
    print type(ex).__name__, ex
try:
    enumerate(sequence='ab')
    print 'keyword sequence accepted'
except TypeError as ex:
    print type(ex).__name__, ex
print zip(), zip('abc'), zip('abc', [1, 2, 3]), zip('ab', 'xyz', (1, 2, 3)), zip([], 'abc'), zip('a', 'b', 'c', 'd')
print zip(xrange(3), iter('abcdef')), zip({'k': 1}), zip((1, 2), [3])
print type(zip('a', 'b')).__name__, type(zip('a')[0]).__name__
for bad in ((5,), ('a', None), ([1], 1.5)):
    try:
        zip(*bad)
    except TypeError as ex:
        print bad, type(ex).__name__, ex
# zip stops at the shortest; remaining iterator state
it = iter([1, 2, 3, 4])
print zip(it, 'ab'), list(it)
# zip(*matrix) transposes
m = [[1, 2, 3], [4, 5, 6]]
print zip(*m), map(list, zip(*zip(*m)))
# map(None, ...) pads with None, unlike zip
print map(None, 'ab', [1, 2, 3]), map(None, [1, 2]), map(None, []), map(lambda a, b: (a, b), 'ab', 'xyz')

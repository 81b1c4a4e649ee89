# list iteration, reversed, enumerate, modification during iteration, nested lists, identity.
l = [10, 20, 30]
it = iter(l)
print next(it), list(it), list(it)
it = iter(l)
l.append(40)
print list(it)
r = reversed(l)
print type(r).__name__, list(r), list(r)
r = reversed(l)
l.pop()
print list(r)
r = reversed([1, 2, 3])
print r.__length_hint__() if hasattr(r, '__length_hint__') else 'nohint'
for i, v in enumerate(l):
    print i, v,
print
for i, v in enumerate(l, 100):
    print i, v,
print
# growing list while iterating stops only at the end
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print grow
# shrinking
shrink = range(6)
for x in shrink:
    shrink.remove(x)
print shrink
# 2D
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print grid, [row[1] for row in grid], zip(*grid), [x for row in grid for x in row]
print map(None, [1, 2], [3]), map(sum, grid), filter(None, [0, 1, '', 'a', [], [0]])
# list equality with recursion
a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    a == b
except RuntimeError as e:
    print type(e).__name__, str(e).startswith('maximum recursion depth exceeded')
print a is a[1], a[1][1][1] is a
# sum/min/max/sorted on lists
print sum([1, 2, 3]), sum([[1], [2]], []), max([3, 1, 2]), min(['b', 'a']), sorted([3, 1, 2])
print any([0, 0, 1]), all([1, 1, 0]), any([]), all([])
# list of tuples sorting and comparison with different lengths
print sorted([(1, 2), (1,), (0, 5), ()]), [1, 2] < [1, 2, 0], [2] > [1, 9, 9]
# index with __index__
class I(object):
    def __index__(self):
        return 1
print l[I()], l[I():], range(5)[I():I()]
l[I()] = 'via index'
print l

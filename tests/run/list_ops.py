# list operators: +, *, +=, *=, comparison, membership, indexing, slicing, slice assignment/deletion.
a = [1, 2, 3]
b = ['x']
print a + b, b * 3, 3 * b, a * 0, a * -2, [] * 5, [[0]] * 2
nested = [[0]] * 3
nested[0].append(1)
print nested
print a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [] < [0], [1, [2]] == [1, [2]], a == (1, 2, 3)
print 2 in a, 4 not in a, [2] in [[2]], len(a), a[0], a[-1], a[1:], a[::-1], a[-2:], a[:100]
for expr in ('a + (1,)', 'a + 1', 'a * 1.0', 'a * a', 'a[3]', 'a[-4]', 'a["x"]', 'a[1.0]', 'a - a'):
    try:
        r = eval(expr)
        print expr, 'ok', r
    except (TypeError, IndexError) as e:
        print expr, '->', type(e).__name__, e
c = a
c += (4, 5)
print a, c is a
c += 'xy'
print a
c *= 2
print a, len(a)
try:
    a += 5
except TypeError as e:
    print type(e).__name__, e
# item and slice assignment
l = range(10)
l[0] = 'first'
l[-1] = 'last'
print l
l[2:5] = ['a', 'b']
print l
l[2:2] = ['inserted']
print l
l[:] = l[::-1]
print l
l[::2] = range(5)
print l
try:
    l[::2] = range(3)
except ValueError as e:
    print type(e).__name__, e
l[1:3] = 'XY'
print l
l[5:] = []
print l
l[100:] = [99]
print l
l[-100:0] = ['neg']
print l
l[::-1] = range(len(l))
print l
try:
    l[20] = 1
except IndexError as e:
    print type(e).__name__, e
try:
    l[1:2] = 5
except TypeError as e:
    print type(e).__name__, e
try:
    l['a'] = 1
except TypeError as e:
    print type(e).__name__, e
l[1:3] = (x for x in 'gen')
print l
# self-assignment
s = [1, 2, 3]
s[1:2] = s
print s
s[:] = s
print s
# deletion
d = range(10)
del d[::3]
print d
del d[-2:]
print d
del d[1]
print d
del d[10:20]
print d
try:
    del d[10]
except IndexError as e:
    print type(e).__name__, e
# list() and list comprehension copies
orig = [[1], 2]
cp = list(orig)
cp2 = orig[:]
print cp == orig, cp is orig, cp[0] is orig[0], cp2 is orig
print list('abc'), list((1, 2)), list({'a': 1}), list(xrange(3)), list(), list(x for x in 'ab')
try:
    list(5)
except TypeError as e:
    print type(e).__name__, e
try:
    list(1, 2)
except TypeError as e:
    print type(e).__name__, e
# hash and repr
try:
    hash([])
except TypeError as e:
    print type(e).__name__, e
r = [1]
r.append(r)
print r, repr([r, r])
print repr([]), repr([None, 'a', u'b', 1.5, (1,), [2]]), str([1, 'x'])
# list subclass
class L(list):
    def total(self):
        return sum(self)
m = L([1, 2, 3])
print m, m.total(), type(m).__name__, type(m + [4]).__name__, type(m[:]).__name__, type(m * 2).__name__, m == [1, 2, 3]
print list.__len__([1, 2]), list.__getitem__([1, 2], 1), list.__contains__([1], 1), [].__class__.__name__

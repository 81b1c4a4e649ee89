# Chained comparisons, boolean operators, identity, membership, precedence.
print 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2
print 1 < 2 > 0, 1 <= 1 >= 1, 0 < 0 <= 0
x = 5
print 0 < x < 10, 0 < x > 10, x in [5] in [[5]]

# middle operand evaluated once
calls = []
def m(v):
    calls.append(v)
    return v
print m(1) < m(2) < m(3), calls
calls = []
print m(3) < m(2) < m(1), calls   # short-circuits after the first false

# and/or return operands
print 1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or [] or {}, 'a' and 'b' or 'c'
print None or 'default', [] and 'x', not 0, not 'a', not not []
print (0 or None), (None and 0)

# short circuit with side effects
calls = []
r = m(0) and m(1)
r2 = m(1) or m(2)
print r, r2, calls

# identity
a = [1]
b = a
c = [1]
print a is b, a is c, a == c, a is not c, None is None
print type(None) is type(None)

# membership
print 1 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'bc' in 'abc', '' in 'abc'
print 1 in {1: 2}, 2 in {1: 2}, 1 in (1,), 1 in set([1]), 1 in xrange(3)
print 'a' in u'abc', u'a' in 'abc'
try:
    1 in 'abc'
except TypeError as e:
    print type(e).__name__, e
try:
    1 in 5
except TypeError as e:
    print type(e).__name__, e
try:
    [] in {}
except TypeError as e:
    print type(e).__name__, e

# precedence
print 2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2
print not 1 == 2, not (1 == 2), 1 + 2 == 3 and 4, 1 | 2 ^ 3 & 4
print 1 << 2 + 1, ~1 + 1, -~5, ~-5, +-+1
print 7 % 3 * 2, 2 * 7 % 3, 10 - 4 - 3, 2 ** -1, 100 / 10 / 5
print 3 if 0 else 4 if 0 else 5, (lambda: 1 or 2)()
print 'a' 'b' 'c', 'x' * 2 + 'y'

# comparisons of different types (Python 2 ordering)
print None < 0, 0 < '', [] < '', () > [], {} < [], 1 < [], 'a' < (), u'a' < ()
print sorted([3, 'a', 1.5, None, (1,), [1], {}, 2L])
print 1 == 1.0, 1 == 1L, 1.0 == 1L, 'a' == u'a', (1, 2) == [1, 2], [] == ()
print cmp(1, 2), cmp('b', 'a'), cmp([1, 2], [1, 2]), cmp(None, 0), cmp(0, None)

# sequence comparison
print [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), 'abc' < 'abd', 'ab' < 'abc'
print [1, [2, 3]] == [1, [2, 3]], (1, (2,)) < (1, (3,))

# Ellipsis and NotImplemented
print Ellipsis, repr(Ellipsis), type(Ellipsis).__name__
print NotImplemented, type(NotImplemented).__name__
class S(object):
    def __getitem__(self, k):
        return k
s = S()
print s[...], s[1:2], s[1:2, ...], s[::], s[:, 1], s[1:2:3]

# backquotes are repr
print `1`, `'a'`, `[1, 'x']`, `1L`, `0.1`

# integer literals
print 0x1F, 0o17, 017, 0b101, 0L, 0xFFL, 1e3, 1E-2, .5, 5., 1j, 2.5J, 0xffffffffffffffff
print 09.5, 0e0, 00, 0x0

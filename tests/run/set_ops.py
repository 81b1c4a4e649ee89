# set operators and comparisons, in-place operators, mixing set/frozenset.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print a | b, a & b, a - b, b - a, a ^ b
print a < b, a <= a, a < a, set([1]) < a, a > set([1, 2]), a >= b, a == set([4, 3, 2, 1]), a != b
f = frozenset([3, 4])
print type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(f - a).__name__, type(f ^ a).__name__
print a == frozenset(a), frozenset(a) == a, f < a, hash(f) == hash(frozenset([4, 3]))
for expr in ('a | [1]', 'a & (1,)', 'a - "x"', 'a ^ 1', 'a < [1]', 'a + b', 'a * 2', 'a[0]', '-a'):
    try:
        r = eval(expr)
        print expr, 'ok', r
    except TypeError as e:
        print expr, '->', type(e).__name__, e
# comparison with non-sets
print a == [1, 2, 3, 4], a != (1,), set() == frozenset(), cmp(1, 2)
try:
    cmp(set([1]), set([2]))
except TypeError as e:
    print type(e).__name__, e
try:
    sorted([set([1]), set([2])])
    print 'sorted ok'
except TypeError as e:
    print type(e).__name__, e
# in-place
c = set([1, 2])
alias = c
c |= set([3])
c &= set([1, 3, 5])
c -= set([1])
c ^= set([7, 3])
print c, alias is c
try:
    c |= [1]
except TypeError as e:
    print type(e).__name__, e
fr = frozenset([1])
fa = fr
fr |= set([2])
print fr, fa, fr is fa
# membership with hashable conversion of sets
s = set([frozenset([1, 2])])
print set([1, 2]) in s, set([3]) in s
# len, bool, iteration, sum
print len(a), bool(set()), bool(set([0])), sum(a), sorted(a ^ b), max(a), min(b)
# set comprehension and large sets
big = set(x * 7 % 100 for x in range(100))
print len(big), sorted(big)[:5], 99 in big
print set(range(10)) - set(range(0, 10, 2)), set(range(5)) <= set(range(10))
# equality of sets with equal numbers of different type
print set([1, 2]) == set([1.0, 2L]), len(set([1, 1.0, 1L, True])), set([0, False, 0.0, -0.0])

# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print list(product('ab', 'xy'))
print list(product('ab', repeat=2))
print list(product([1, 2], repeat=0)), list(product()), list(product('ab', []))
print list(product(range(2), 'c', [True]))
print len(list(product(range(3), repeat=4)))
print list(product('ab', 'cd', repeat=2))[:5]
print list(product(iter([1, 2]), iter('xy')))
print list(permutations('abc'))
print list(permutations('abc', 2))
print list(permutations(range(3), 0)), list(permutations('ab', 3)), list(permutations([]))
print len(list(permutations(range(6)))), len(list(permutations(range(7), 3)))
print list(permutations([1, 1, 2], 2))
print list(combinations('abcd', 2))
print list(combinations(range(5), 3))
print list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations('abc', 3))
print list(combinations([3, 1, 3], 2))
print list(cwr('abc', 2))
print list(cwr([1, 2], 3))
print list(cwr('ab', 0)), list(cwr('', 2)), list(cwr('', 0))
print len(list(cwr(range(5), 3)))
for f, args in ((permutations, ('abc', -1)), (combinations, ('abc', -1)), (cwr, ('abc', -1)),
                (product, ('ab',)), (combinations, ('abc',)), (cwr, ('abc',)), (permutations, (5,))):
    try:
        print list(f(*args))
    except (ValueError, TypeError) as e:
        print f.__name__, type(e).__name__ + ':', e
try:
    product('ab', repeat=-1)
except ValueError as e:
    print 'ValueError:', e
try:
    product('a', foo=1)
except TypeError as e:
    print 'TypeError:', e
print type(product('a')).__name__, type(permutations('a')).__name__, type(combinations('a', 1)).__name__

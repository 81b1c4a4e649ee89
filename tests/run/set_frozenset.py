# frozenset specifics and set/frozenset interplay: hashing, equality, use as dict keys and set members,
# copies, subclass results, and set iteration order for ints and strings.
a = frozenset('abc')
b = frozenset('cba')
print a == b, hash(a) == hash(b), a is not b, {a: 1}[b], len(set([a, b])), frozenset() == set()
print hash(frozenset([1])) == hash(frozenset([1.0])), frozenset([1, 2]) == set([2, 1]), set([1]) == frozenset([1])
d = {frozenset([1, 2]): 'pair', frozenset(): 'empty'}
print d[frozenset([2, 1])], d[frozenset([])], sorted(d.values())
try:
    d[set([1, 2])]
except TypeError as e:
    print type(e).__name__, e
print frozenset([1, 2]) in set([frozenset([1, 2])]), set([1, 2]) in set([frozenset([1, 2])])
s = set([frozenset('ab'), frozenset('cd')])
s.remove(set('ab'))
print s
s.discard(set('cd'))
print s
try:
    s.remove(set('zz'))
except KeyError as e:
    print type(e).__name__, e
print frozenset(frozenset([1])), frozenset(set([1])) == frozenset([1]), set(frozenset([2]))
print sorted(frozenset([3, 1, 2]) | frozenset([4])), sorted(frozenset([3, 1, 2]) & set([1, 9]))
print frozenset.__name__, type(frozenset([1]).copy()).__name__, frozenset([]) is not None
print set(range(16, 0, -1)), set([100, 10, 1000, 1]), set(['zeta', 'alpha', 'mu', 'beta'])
print frozenset([-1, -2, -3]), set([2 ** 40, 2 ** 41, 2 ** 42]), set([0.5, 0.25, 1.5])
# set iteration after removals and additions
st = set(range(20))
for i in range(0, 20, 3):
    st.remove(i)
st.add(100)
st.add(-5)
print st, len(st)
# comparisons among set-likes
print set([1]) < frozenset([1, 2]), frozenset([1, 2]) > set([1]), set([1, 2]) <= set([1, 2]), set() < set()
print set([1, 2]).issubset(frozenset([1, 2, 3])), frozenset('ab').issuperset('a'), set('ab') == 'ab'

# Dict (and set) iteration order as CPython 2.7 produces it: depends on hashes, insertion order of
# colliding keys, deletions (dummy slots) and resizes.
print {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
print {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6}
print dict(zip('zyxwvutsrq', range(10)))
print {1: 'a', 2: 'b', 3: 'c', 10: 'd', 100: 'e', -1: 'f', 8: 'g', 16: 'h'}
print {0.5: 1, 1.5: 2, 2.0: 3, -0.25: 4}
print {(1, 2): 1, (2, 1): 2, (): 3, ('a',): 4}
# (None hashes by its address in CPython, so its place is left out here)
print {u'uni': 1, 'str': 2, 3.25: 3, True: 4, 2L: 5}
d = {}
for w in 'the quick brown fox jumps over the lazy dog and keeps running far away'.split():
    d[w] = len(w)
print d
print d.keys()
# deletions leave dummies; reinsertion order differs
for w in ('quick', 'fox', 'lazy'):
    del d[w]
print d
d['fox'] = 0
d['zebra'] = 9
print d
# colliding int keys: 8 slots, keys congruent mod 8
c = {}
for k in (0, 8, 16, 24, 1, 9):
    c[k] = k
print c, c.keys()
c2 = {}
for k in (24, 16, 8, 0, 9, 1):
    c2[k] = k
print c2, c2.keys(), c == c2
# growth through resizes
g = {}
for i in range(0, 200, 7):
    g[i * 31 % 101] = i
print g.keys()
s = {}
for i in range(40):
    s[str(i)] = i
print s.keys()
# removing most entries then adding
for i in range(35):
    del s[str(i)]
print s
s['new'] = 1
print s
# copy preserves order? dict(d) rebuilds
big = dict((str(i) * 2, i) for i in range(20))
print big.keys() == dict(big).keys(), big.copy().keys() == big.keys()
print big
# sets
print set('abracadabra'), set([5, 3, 1, 9, 7, 100, 64]), frozenset(['x', 'y', 'z', 'w'])
print set(range(20, 0, -3)), set(['apple', 'banana', 'cherry', 'date']), {1.5, 2, 'two', (2,)}
st = set(range(10))
st.discard(3)
st.add(33)
st.add(-1)
print st
print dict.fromkeys('hello world'), set('hello world')
print {'b': 1, 'a': 2}.items(), {'b': 1, 'a': 2}.popitem()

# list.sort and sorted: stability on large inputs, key functions, reverse stability, exceptions in keys,
# comparisons of mixed types, and results for pseudo-random data (a fixed LCG, no random module).
seed = [7]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2 ** 31
    return seed[0] % n
data = [rnd(1000) for _ in range(500)]
s = sorted(data)
print s[:10], s[-10:], s == sorted(s), len(s), sum(s) == sum(data)
print all(s[i] <= s[i + 1] for i in range(len(s) - 1))
pairs = [(rnd(5), i) for i in range(200)]
by_key = sorted(pairs, key=lambda p: p[0])
print all(by_key[i][1] < by_key[i + 1][1] for i in range(199) if by_key[i][0] == by_key[i + 1][0])
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print all(rev[i][1] < rev[i + 1][1] for i in range(199) if rev[i][0] == rev[i + 1][0]), rev[0][0], rev[-1][0]
words = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo', 'alpha', 'bravo']
print sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w))
l = words[:]
l.sort(key=str.lower, reverse=True)
print l
l.sort(cmp=lambda a, b: cmp(a[-1], b[-1]))
print l
# exceptions in key or cmp leave the list in a consistent state (same elements)
l = [3, 1, 'x', 2]
def key(v):
    if v == 'x':
        raise ValueError('bad key')
    return v
try:
    l.sort(key=key)
except ValueError as e:
    print type(e).__name__, e
print sorted(map(str, l))
def badcmp(a, b):
    raise RuntimeError('cmp failed')
l2 = [2, 1]
try:
    l2.sort(cmp=badcmp)
except RuntimeError as e:
    print type(e).__name__, e
print sorted(l2)
# sort of already sorted, reversed, and equal elements
print sorted(range(10)) == range(10), sorted(range(10, 0, -1)), sorted([5] * 5), sorted([]), sorted([1])
# sorting floats with nan gives some order but keeps all elements
nanl = [3.0, float('nan'), 1.0, 2.0]
print len(sorted(nanl)), sorted(x for x in nanl if x == x)
# sort by multiple keys using tuples, and using successive stable sorts
recs = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 20)]
print sorted(recs, key=lambda r: (-r[1], r[0]))
tmp = sorted(recs, key=lambda r: r[0])
print sorted(tmp, key=lambda r: r[1], reverse=True)
# key called once per element
calls = [0]
def counting_key(x):
    calls[0] += 1
    return x
sorted(range(50), key=counting_key)
print calls[0]
# mixed types in Python 2 sort deterministically by type name ordering rules
print sorted([1, 'b', 2.5, 'a', (1,), [2], None, {}, u'c', 3L, True])

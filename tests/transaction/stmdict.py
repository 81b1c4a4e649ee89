# transaction.stmdict: a dict whose conflicts are per key.
import transaction

d = transaction.stmdict()
print "empty:", len(d), 'a' in d, d.get('a'), d.get('a', 5)
d['a'] = 1
d['b'] = 2
d[3] = 'three'
d[(4, 5)] = [6]
print "len:", len(d)
print "items:", d['a'], d['b'], d[3], d[(4, 5)], 'a' in d, 'z' in d
d['a'] = 10
print "replaced:", d['a'], len(d)
print "3.0 is key 3:", 3.0 in d, d.get(3.0)
print "keys:", sorted(d.keys())
print "values:", sorted(d.values())
print "items:", sorted(d.items())
print "iter:", sorted(d), sorted(d.iterkeys())
print "itervalues:", sorted(d.itervalues())
print "iteritems:", sorted(d.iteritems())
print "setdefault:", d.setdefault('a', 99), d.setdefault('c', 7), d['c']
print "setdefault no default:", d.setdefault('n'), 'n' in d, d['n']
print "pop:", d.pop('c'), 'c' in d, d.pop('c', 'gone'), d.pop('zz', None)
del d['n']
print "deleted:", 'n' in d, len(d)
for op in ("d['missing']", "d.pop('missing')"):
    try:
        eval(op)
    except KeyError as e:
        print op, "-> KeyError", repr(e)
try:
    del d['missing']
except KeyError as e:
    print "del -> KeyError", repr(e)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print "TypeError:", e
try:
    [1] in d
except TypeError as e:
    print "TypeError:", e
try:
    d.get({})
except TypeError as e:
    print "TypeError:", e

# Counting words from transactions of a TransactionQueue.
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = transaction.stmdict()


def count(w):
    counts[w] = counts.get(w, 0) + 1


tq = transaction.TransactionQueue()
for w in words * 20:
    tq.add(count, w)
tq.run(4)
print "counts:", sorted(counts.items())

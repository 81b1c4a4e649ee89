# Iterating dicts: order consistency between keys/values/items and their iterators and views,
# modification during iteration, iteration after deletions, and dict comprehension order.
d = dict((w, len(w)) for w in 'one two three four five six seven eight nine ten'.split())
print d.keys() == list(d.iterkeys()) == list(d) == list(d.viewkeys())
print d.values() == list(d.itervalues()) == list(d.viewvalues())
print d.items() == list(d.iteritems()) == list(d.viewitems()) == zip(d.keys(), d.values())
print d.keys()
for k in d:
    d[k] = d[k] * 10   # changing values while iterating is fine
print d.values()
for k in list(d):
    if len(k) > 3:
        del d[k]
print d
it = d.iteritems()
print next(it)
d.pop('one')
try:
    next(it)
except RuntimeError as e:
    print type(e).__name__, e
d2 = {}
for i in range(12):
    d2[i * 8] = i
print d2.keys()
for k in d2.keys()[::2]:
    del d2[k]
print d2.keys()
d2[1] = 'new'
print d2.keys()
print {k: v for k, v in zip('hgfedcba', range(8))}
print dict(zip(range(20, 0, -1), 'abcdefghijklmnopqrst')).keys()
print {(i, -i): i for i in range(5)}.keys()
print {float(i) / 4: i for i in range(6)}.keys()
# setdefault and iteration order when keys collide modulo table size
c = {}
for k in (5, 13, 21, 29, 37):
    c.setdefault(k, []).append(k)
print c.keys(), c
# popitem order follows iteration order
p = dict.fromkeys('abcdef')
print [p.popitem()[0] for _ in range(6)]

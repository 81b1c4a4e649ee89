# dict views: viewkeys, viewvalues, viewitems; set operations; dynamic behaviour.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.viewkeys()
v = d.viewvalues()
i = d.viewitems()
print k, v, i
print type(k).__name__, type(v).__name__, type(i).__name__
print len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'z' in k
d['d'] = 4
print k, len(v), list(i)
del d['a']
print sorted(k), sorted(v), sorted(i)
print k & set(['b', 'z']), k | set(['z']), k - set(['b']), k ^ set(['b', 'q'])
print i & set([('b', 2), ('c', 0)]), sorted(i | set([('q', 0)])), i - set([('b', 2)])
print k == set(['b', 'c', 'd']), k == set(['b']), k != set(), k < set(['b', 'c', 'd', 'e']), k <= set(k), k > set(['b'])
print k.isdisjoint(['x', 'y']) if hasattr(k, 'isdisjoint') else 'no isdisjoint', set(['b']) < k
print sorted(x for x in k), sorted(v)
try:
    v & set([1])
except TypeError as e:
    print type(e).__name__, e
try:
    k[0]
except TypeError as e:
    print type(e).__name__, e
try:
    hash(k)
except TypeError as e:
    print type(e).__name__, e
# iteration during mutation
it = iter(k)
d['new'] = 0
try:
    next(it)
except RuntimeError as e:
    print type(e).__name__, e
# views of empty dict, items with unhashable values
e = {}
print e.viewkeys(), e.viewitems(), list(e.viewvalues()), len(e.viewkeys())
uv = {'x': [1]}
print ('x', [1]) in uv.viewitems(), ('x', [2]) in uv.viewitems()
try:
    uv.viewitems() & set()
except TypeError as e:
    print type(e).__name__, e
print uv.viewitems() - set()  if False else 'skip unhashable diff'
# keys() and items() are lists in Python 2
d2 = {'p': 1}
ks = d2.keys()
d2['q'] = 2
print ks, type(ks).__name__, type(d2.items()).__name__, type(d2.iteritems()).__name__, type(d2.iterkeys()).__name__
print type(d2.itervalues()).__name__, type(iter(d2)).__name__
ik = d2.iterkeys()
print ik.__length_hint__(), next(ik), ik.__length_hint__()

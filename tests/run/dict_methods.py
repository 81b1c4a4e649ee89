# dict methods: get, setdefault, pop, popitem, update, keys/values/items, iter*, has_key, copy, clear, fromkeys.
d = {'a': 1, 'b': 2, 'c': 3}
print d.get('a'), d.get('z'), d.get('z', 'dflt'), d.has_key('b'), d.has_key('z'), 'a' in d, 'z' not in d
print d.keys(), d.values(), d.items()
print list(d.iterkeys()), list(d.itervalues()), list(d.iteritems()), list(iter(d))
print d.setdefault('a', 100), d.setdefault('new', []), d.setdefault('none'), d
d['new'].append(1)
print d['new']
print d.pop('a'), d.pop('zz', 'missing'), d.pop('none'), d
try:
    d.pop('zz')
except KeyError as e:
    print type(e).__name__, e
try:
    d.pop()
except TypeError as e:
    print type(e).__name__, e
c = d.copy()
c['b'] = 'changed'
print d['b'], c['b'], c is d
items = []
while c:
    items.append(c.popitem())
print sorted(items), c
try:
    c.popitem()
except KeyError as e:
    print type(e).__name__, e
u = {'x': 1}
u.update({'y': 2})
u.update([('z', 3), ('x', 10)])
u.update(w=4, v=5)
u.update({'q': 0}, r=9)
u.update()
print sorted(u.items())
class KV(object):
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
u2 = {}
u2.update(KV())
print u2
for bad in (5, [1, 2], [('a',)], [('a', 1, 2)], ['ab', 'cde']):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print repr(bad), type(e).__name__, e
print {}.update(['ab']) if False else dict(['ab', 'cd'])
try:
    {}.update({}, {})
except TypeError as e:
    print type(e).__name__, e
e = {'k': 'v'}
e.clear()
print e, len(e)
print dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]), dict.fromkeys(xrange(3), [])
fk = dict.fromkeys('ab', [])
fk['a'].append(1)
print fk
class MyD(dict):
    pass
print type(MyD.fromkeys('a')).__name__, MyD.fromkeys('ab', 1)
try:
    dict.fromkeys(5)
except TypeError as e:
    print type(e).__name__, e
# methods with wrong argument counts
for call in ('{}.get()', '{}.get(1, 2, 3)', '{}.setdefault()', '{}.has_key()', '{}.keys(1)', '{}.copy(1)',
             '{}.popitem(1)', '{}.clear(1)', '{}.items(1)', '{}.pop(1, 2, 3)', 'dict.fromkeys()', '{}.get([])', '{}.setdefault([])'):
    try:
        r = eval(call)
        print call, 'ok', r
    except TypeError as e:
        print call, type(e).__name__, e

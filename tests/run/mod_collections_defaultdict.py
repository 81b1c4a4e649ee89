# collections.defaultdict: default factories, __missing__, repr and copying.
from collections import defaultdict
import copy

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print sorted(d.items()), len(d)
print d['missing'], 'missing' in d, len(d)
print d.get('other'), 'other' in d
print d.default_factory is list
c = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    c[w] += 1
print sorted(c.items())
print c
s = defaultdict(set)
s['x'].add(1)
s['x'].add(1)
print s
n = defaultdict()
print n.default_factory, n
try:
    n['k']
except KeyError as e:
    print 'KeyError:', e
n2 = defaultdict(None, {'a': 1})
print n2, n2['a']
l = defaultdict(lambda: 'default')
print l['x'], dict(l)
l.default_factory = None
try:
    l['y']
except KeyError as e:
    print 'KeyError:', e
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
nested['a']['c'] += 2
print sorted((k, sorted(v.items())) for k, v in nested.items())
dd = defaultdict(list, {'x': [1]}, y=[2])
print sorted(dd.items())
dd2 = defaultdict(list, [('p', [0])])
print dd2
cp = copy.copy(dd)
print type(cp).__name__, cp.default_factory is list, sorted(cp.items()), cp['x'] is dd['x']
dc = copy.deepcopy(dd)
print dc['x'] is dd['x'], dc == dd
cp2 = dd.copy()
print type(cp2).__name__, cp2.default_factory
print isinstance(d, dict), issubclass(defaultdict, dict)
print defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1}
try:
    defaultdict(5)
except TypeError as e:
    print 'TypeError:', e
r = defaultdict(int).__reduce__()
print r[0].__name__, r[1]
class Counted(defaultdict):
    def __missing__(self, key):
        v = len(key)
        self[key] = v
        return v
cn = Counted()
print cn['abc'], cn
print d.pop('a'), d.setdefault('z', 'set')
print sorted(d.keys())
# get never calls the factory
calls = []
def factory():
    calls.append(1)
    return 0
f = defaultdict(factory)
f.get('q')
print calls
f['q']
print calls, 'q' in f

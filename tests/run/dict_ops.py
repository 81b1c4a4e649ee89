# dict operations: subscription, KeyError, unhashable keys, comparison, equality, len, repr, hash keys.
d = {'a': 1}
print d['a'], len(d), d == {'a': 1}, d != {'a': 2}, {} == {}, {1: 1} == {1.0: 1}, {1: 'a'} == {True: 'a'}
try:
    d['missing']
except KeyError as e:
    print type(e).__name__, e, e.args
try:
    d[(1, 2)]
except KeyError as e:
    print type(e).__name__, e, e.args
try:
    d[()]
except KeyError as e:
    print type(e).__name__, e, e.args
for key in ([], {}, set(), ([],), bytearray('x')):
    try:
        d[key] = 1
    except TypeError as e:
        print type(e).__name__, e
    try:
        key in d
    except TypeError as e:
        print type(e).__name__, e
# keys equal across types
k = {}
k[1] = 'int'
k[1.0] = 'float'
k[1L] = 'long'
k[True] = 'bool'
print k, k.keys(), type(k.keys()[0]).__name__
k2 = {0: 'zero'}
k2[False] = 'false'
k2[0.0] = 'zf'
k2[-0.0] = 'nzf'
print k2
nan = float('nan')
kn = {nan: 1}
kn[float('nan')] = 2
print len(kn), kn[nan]
# Python 2 dict ordering comparisons
print {} < {1: 1}, {1: 1} < {1: 2}, {1: 2} > {1: 1}, {1: 1, 2: 2} > {3: 3}, cmp({1: 1}, {1: 1}), cmp({1: 1}, {2: 1})
print {'a': 1} < {'b': 0}, {'a': 2} < {'a': 1, 'b': 0}, sorted([{2: 1}, {1: 1}, {}, {1: 0, 0: 0}])
# repr of nested and recursive dicts
r = {'self': None}
r['self'] = r
print r
print repr({1: [1, {'x': (1,)}]}), str({'k': 'v'}), repr({u'k': u'v'}), repr({}), repr({None: None})
# len and bool
print len({}), bool({}), bool({0: 0}), len(dict.fromkeys(range(100)))
# mutation during iteration
m = {1: 1, 2: 2}
try:
    for key in m:
        m[key + 10] = 0
except RuntimeError as e:
    print type(e).__name__, e
m = {1: 1, 2: 2}
for key in m:
    m[key] = 'changed value is fine'
print m
m = {1: 1, 2: 2, 3: 3}
try:
    for key in m.iteritems():
        del m[3]
except RuntimeError as e:
    print type(e).__name__, e
for key in m.keys():
    del m[key]
print m
# dict() constructor forms
print dict(), dict(a=1), dict({'a': 1}, b=2), dict([('a', 1)], a=2), dict(zip('ab', [1, 2])), dict([[1, 2], 'xy'])
print dict(((i, i * i) for i in range(3))), dict(dict(x=1))
for args in ((5,), ([1],), ([(1, 2, 3)],), ({}, {})):
    try:
        dict(*args)
    except (TypeError, ValueError) as e:
        print args, type(e).__name__, e
try:
    dict(**{1: 2})
except TypeError as e:
    print type(e).__name__, e
# unhashable type messages
for obj in ([], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print type(e).__name__, e
# objects as keys with custom __hash__/__eq__
class K(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return 'K(%r)' % self.v
kd = {K(1): 'one', K('a'): 'A'}
print kd[K(1)], K(2) in kd, sorted(kd.values()), kd
# __hash__ returning a long is reduced
class BigHash(object):
    def __hash__(self):
        return 2 ** 100
print hash(BigHash()) == hash(2 ** 100)
class BadHash(object):
    def __hash__(self):
        return 'x'
try:
    {BadHash(): 1}
except TypeError as e:
    print type(e).__name__, e
# KeyError for a key whose __eq__ raises
class Boom(object):
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError('eq boom')
bd = {1: 'one'}
try:
    bd[Boom()]
except ValueError as e:
    print type(e).__name__, e

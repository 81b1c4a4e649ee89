# collections.OrderedDict: insertion order, popitem(last), move, equality.
from collections import OrderedDict

d = OrderedDict()
d['z'] = 1
d['a'] = 2
d['m'] = 3
print d
print d.keys(), d.values(), d.items()
print list(d), list(reversed(d))
print list(d.iterkeys()), list(d.itervalues()), list(d.iteritems())
d['z'] = 10
print d.keys()
del d['z']
d['z'] = 11
print d.keys()
print d.popitem(), d
print d.popitem(last=False), d
print d.popitem(False), d
try:
    d.popitem()
except KeyError as e:
    print 'KeyError:', e
o = OrderedDict([('b', 1), ('a', 2), ('c', 3)])
print o, repr(o), str(o)
print OrderedDict(), repr(OrderedDict())
print OrderedDict(x=1).items()
o2 = OrderedDict([('a', 2), ('b', 1), ('c', 3)])
print o == o2, o != o2
print o == dict(o2), dict(o2) == o
print OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('a', 1), ('b', 2)])
print o.pop('a'), o, o.pop('nope', 'dflt')
try:
    o.pop('nope')
except KeyError as e:
    print 'KeyError:', e
print o.setdefault('d', 4), o.setdefault('b', 99), o
o.update([('e', 5)], f=6)
print o.keys()
o.update({'b': 0})
print o
print o.get('b'), o.get('q'), 'b' in o, len(o)
c = o.copy()
print c, type(c).__name__, c == o
c.clear()
print c, len(o)
print OrderedDict.fromkeys('cab'), OrderedDict.fromkeys('xy', 0)
fk = OrderedDict.fromkeys(['k'], [])
print fk
import copy
deep = copy.deepcopy(OrderedDict([('l', [1])]))
print deep
print isinstance(o, dict)
print sorted(o) , sorted(o.items(), key=lambda kv: kv[1])
it = iter(o)
print it.next(), it.next()
rev = OrderedDict(sorted({'banana': 3, 'apple': 4, 'pear': 1, 'orange': 2}.items(), key=lambda t: t[1]))
print rev
print OrderedDict(sorted({'banana': 3, 'apple': 4, 'pear': 1}.items()))
for k, v in OrderedDict([(3, 'c'), (1, 'a'), (2, 'b')]).items():
    print k, v,
print
nested = OrderedDict([('outer', OrderedDict([('inner', 1)]))])
print nested
print eval(repr(o)) == o
print o.viewkeys(), list(o.viewvalues()), list(o.viewitems())
try:
    OrderedDict([1, 2])
except TypeError as e:
    print 'TypeError:', e
try:
    OrderedDict({}, {})
except TypeError as e:
    print 'TypeError:', e
class Last(OrderedDict):
    def __setitem__(self, k, v):
        if k in self:
            del self[k]
        OrderedDict.__setitem__(self, k, v)
l = Last()
l['a'] = 1
l['b'] = 2
l['a'] = 3
print l

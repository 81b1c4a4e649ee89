# collections ABCs: isinstance/issubclass for builtins, registration, mixins.
import collections as C

abcs = ['Hashable', 'Iterable', 'Iterator', 'Sized', 'Container', 'Callable',
        'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
        'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence']
def gen():
    yield 1
values = [('int', 1), ('str', 'ab'), ('unicode', u'x'), ('list', [1]), ('tuple', (1,)),
          ('dict', {1: 2}), ('set', set([1])), ('frozenset', frozenset()), ('xrange', xrange(2)),
          ('generator', gen()), ('listiter', iter([])), ('function', len), ('None', None),
          ('deque', C.deque()), ('OrderedDict', C.OrderedDict()),
          ('Counter', C.Counter()), ('type', int), ('float', 1.5)]
for name, v in values:
    print name.ljust(12), ' '.join(a for a in abcs if isinstance(v, getattr(C, a)))
print isinstance({}.viewkeys(), C.KeysView), isinstance({}.viewitems(), C.ItemsView), isinstance({}.viewvalues(), C.ValuesView)
print isinstance({}.viewkeys(), C.Set), isinstance({}.viewvalues(), C.Set), isinstance({}.viewitems(), C.MappingView)
print isinstance(bytearray(), C.MutableSequence), isinstance(bytearray(), C.Sized)
print issubclass(dict, C.Mapping), issubclass(list, C.Sequence), issubclass(set, C.Set)
print issubclass(str, C.Hashable), issubclass(list, C.Hashable), issubclass(tuple, C.MutableSequence)

class MyMap(C.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
m = MyMap({'b': 2, 'a': 1})
print m['a'], len(m), list(m), m.keys(), m.items(), m.values(), m.get('z', 0), 'a' in m, 'z' in m
print m == {'a': 1, 'b': 2}, m != {'a': 1}, isinstance(m, C.Mapping), isinstance(m, dict)
print list(m.iteritems()), list(m.iterkeys()), list(m.itervalues())
try:
    C.Mapping()
except TypeError as e:
    print 'TypeError:', e
class Half(C.Mapping):
    def __getitem__(self, k):
        return k
try:
    Half()
except TypeError as e:
    print 'TypeError:', e

class MySeq(C.Sequence):
    def __init__(self, *items):
        self._i = list(items)
    def __getitem__(self, i):
        return self._i[i]
    def __len__(self):
        return len(self._i)
s = MySeq(3, 1, 3, 2)
print list(s), s.index(3), s.count(3), 3 in s, 5 in s, list(reversed(s)), s[1:3]
try:
    s.index(9)
except ValueError as e:
    print 'ValueError'

class MySet(C.Set):
    def __init__(self, it):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print list(a & b), list(a | b), list(a - b), list(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint(MySet([9]))

class MyMut(C.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
mm = MyMut()
mm.update(a=1, b=2)
mm.setdefault('c', 3)
print mm.items(), mm.pop('a'), mm.popitem(), mm.items()
mm.clear()
print len(mm)

class Duck(object):
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
print isinstance(Duck(), C.Sized), isinstance(Duck(), C.Iterable), isinstance(Duck(), C.Container)
class Reg(object):
    pass
C.Sequence.register(Reg)
print isinstance(Reg(), C.Sequence), issubclass(Reg, C.Sequence), isinstance(Reg(), C.MutableSequence)
class NoHash(object):
    __hash__ = None
print isinstance(NoHash(), C.Hashable), isinstance(object(), C.Hashable)
class CallMe(object):
    def __call__(self):
        pass
print isinstance(CallMe(), C.Callable), isinstance(CallMe, C.Callable), isinstance(1, C.Callable)
class OldStyle:
    def __len__(self):
        return 1
print isinstance(OldStyle(), C.Sized)

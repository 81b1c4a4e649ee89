# collections: namedtuple, OrderedDict, Counter, the ABCs; abc.
import collections
from collections import namedtuple, OrderedDict, Counter, deque, defaultdict
import abc
import sys


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
    return r

print sorted(collections.__all__)

# namedtuple
Point = namedtuple('Point', 'x y')
p = Point(11, y=22)
print p, repr(p), p.x, p.y, p[0] + p[1], Point.__doc__, Point._fields
print p._asdict(), vars(p), p.__dict__, type(p._asdict())
print p._replace(x=100), Point._make([1, 2]), Point._make(iter('ab'))
print attempt(Point._make, [1]), attempt(Point._make, [1, 2, 3])
print attempt(p._replace, z=1)
print attempt(Point, 1), attempt(Point, 1, 2, 3), attempt(Point, 1, x=2)
print p.__getnewargs__(), p.__getstate__(), Point.__module__, Point.__name__
print Point.x.__doc__, Point.y.__doc__, isinstance(p, tuple), len(p)
print p == (11, 22), hash(p) == hash((11, 22)), Point.__slots__
print attempt(setattr, p, 'x', 3)
P1 = namedtuple('P1', 'a')
print P1.__doc__, P1(5), P1._fields
P0 = namedtuple('P0', '')
print P0.__doc__, P0(), P0._fields, repr(P0())
P3 = namedtuple('P3', ['a', 'b', 'c'])
print P3(1, 2, 3), P3._fields
P4 = namedtuple(u'P4', (u'a', 'b'))
print P4(1, 2), type(P4.__name__), type(P4._fields[0])
print namedtuple('R', 'a, b,c')._fields
for names in ['abc def', 'a b a', 'a _b', 'a 1b', 'a class', 'a b-c', ['', 'b'],
              'a\tb', 'a,,b']:
    print repr(names), attempt(namedtuple, 'T', names)
for tn in ['1T', 'class', 'T-x', '_T']:
    print repr(tn), attempt(namedtuple, tn, 'a')
print namedtuple('T', 'abc abc _1 def 2x ok _x', rename=True)._fields
print namedtuple('T', ['a', 'b-c', '', 'a'], rename=True)._fields
print attempt(namedtuple, 'T', [1, 2])


class Sub(namedtuple('Sub', 'x y')):
    __slots__ = ()

    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Sub: x=%6.3f y=%6.3f hyp=%6.3f' % (self.x, self.y, self.hyp)
print Sub(3, 4), repr(Sub(3, 4)), Sub(3, 4)._replace(x=1)
import copy
print copy.copy(p), copy.deepcopy(p), copy.copy(p) == p
import pickle
print pickle.loads(pickle.dumps(p, 0)), pickle.loads(pickle.dumps(p, 2))

# OrderedDict
od = OrderedDict()
for k in 'zyxabc':
    od[k] = ord(k)
print od, od.keys(), od.values(), od.items(), list(reversed(od))
del od['x']
od['x'] = 1
od['z'] = 0
print od, len(od), 'a' in od, od.get('q'), od.get('a')
print od.popitem(), od.popitem(last=False), od
print od.pop('a'), attempt(od.pop, 'nope'), od.pop('nope', 7)
print od.setdefault('b', 5), od.setdefault('new', 5), od
print list(od.iterkeys()), list(od.itervalues()), list(od.iteritems())
od2 = OrderedDict(od)
print od2 == od, od2 != od, od == dict(od), dict(od) == od
od3 = OrderedDict(reversed(od.items()))
print od3 == od, od3 != od, od3 == dict(od), od3
print OrderedDict([('a', 1), ('b', 2)], c=3).keys()
print attempt(OrderedDict, [1], [2]), OrderedDict.fromkeys('abc'), \
    OrderedDict.fromkeys('ab', 1)
print OrderedDict(), repr(OrderedDict()), od.copy(), type(od.copy())
od.update([('q', 1)], r=2)
od.update({'s': 3})
print od
print od.viewkeys(), od.viewvalues(), od.viewitems()
print list(od.viewkeys()), 'q' in od.viewkeys(), ('q', 1) in od.viewitems()
print od.viewkeys() & set('qrz'), od.viewkeys() | set('!')
print sorted(vars(od).keys())
print od.__reduce__()[1], len(od.__reduce__())
rec = OrderedDict()
rec['self'] = rec
print rec
od.clear()
print od, len(od), attempt(od.popitem)
print copy.copy(od3), copy.deepcopy(od3), pickle.loads(pickle.dumps(od3))


class OD2(OrderedDict):
    pass
o = OD2(a=1)
o.extra = 5
print o, o.__reduce__()[2], copy.copy(o).extra
print isinstance(od, collections.MutableMapping), isinstance(od, dict)

# Counter
c = Counter('abcdeabcdabcaba')
print c, c.most_common(3), c.most_common(), sorted(c.elements())
print c['a'], c['zz'], len(c), sum(c.values())
c['a'] += 1
c.update('zz')
c.update({'a': 10, 'q': -2})
print c
c.subtract('aaa')
c.subtract({'b': 10})
c.subtract(b=1)
print c
del c['nothere']
del c['q']
print c, c.copy() == c, type(c.copy())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=-1)
print d + e, d - e, d | e, d & e, e - d
print Counter(), repr(Counter()), Counter({'x': 2}), Counter(x=2, y=0)
print attempt(Counter.fromkeys, 'abc')
print attempt(Counter, 'a', 'b')
print d.__reduce__()
print Counter('aab') == {'a': 2, 'b': 1}, list(Counter(a=0, b=-1).elements())
print attempt(lambda: d + 1)
print copy.deepcopy(d), pickle.loads(pickle.dumps(d))
print Counter(Counter(a=2)), Counter(c=Counter(a=1)) 
print sorted(Counter(dict.fromkeys('abcdefghij', 1)).most_common(3))

# deque and defaultdict come from _collections
print deque([1, 2]), defaultdict(int)['x'], collections.deque is deque

# ABCs
for obj in [1, 'a', u'a', [], (), {}, set(), frozenset(), xrange(3),
            iter([]), len, None, od, c, p, object(), deque(), {}.viewkeys(),
            {}.viewitems(), {}.viewvalues(), bytearray(), 1.0]:
    print type(obj).__name__, [n for n in collections._abcoll.__all__
                               if isinstance(obj, getattr(collections, n))]
print [n for n in collections._abcoll.__all__
       if issubclass(getattr(collections, n), collections.Sized)]
print sorted(collections.Mapping.__abstractmethods__), \
    sorted(collections.MutableSequence.__abstractmethods__), \
    sorted(collections.MutableSet.__abstractmethods__), \
    sorted(collections.Iterator.__abstractmethods__)
print collections.Hashable.__module__, repr(collections.Mapping), \
    type(collections.Mapping)


class MyMap(collections.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(sorted(self.d))

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return 'MyMap(%r)' % sorted(self.d.items())

m = MyMap({'a': 1, 'b': 2})
print m.keys(), m.items(), m.values(), m.get('a'), m.get('z', 9), 'a' in m
print list(m.iterkeys()), list(m.itervalues()), list(m.iteritems())
print m == {'a': 1, 'b': 2}, m != {'a': 1}, m == 1, attempt(hash, m)
print collections.KeysView(m), collections.ItemsView(m), \
    collections.ValuesView(m)
print collections.KeysView(m) & ['a', 'c'], collections.KeysView(m) | 'xy'
print collections.KeysView(m) - ['a'], collections.KeysView(m) ^ set('ac')
print ('a', 1) in collections.ItemsView(m), 2 in collections.ValuesView(m)
print len(collections.KeysView(m)), list(collections.ValuesView(m))
print attempt(collections.Mapping)


class Incomplete(collections.MutableMapping):
    def __getitem__(self, k):
        pass
print attempt(Incomplete)


class MyMut(collections.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(sorted(self.d))

    def __len__(self):
        return len(self.d)

mm = MyMut()
mm.update({'b': 2}, a=1)
mm.update([('c', 3)])
print sorted(mm.items()), mm.pop('a'), attempt(mm.pop, 'zz'), mm.pop('zz', 0)
print mm.setdefault('q', 4), mm.popitem(), sorted(mm.items())
mm.clear()
print len(mm), attempt(mm.popitem), attempt(mm.update, 1, 2)
print attempt(collections.MutableMapping.update)


class MySet(collections.MutableSet):
    def __init__(self, it=()):
        self.s = set()
        for x in it:
            self.s.add(x)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)

    def __repr__(self):
        return 'MySet(%r)' % sorted(self.s)

s1 = MySet('abc')
s2 = MySet('bcd')
print s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, s1 < MySet('abcd')
print s1 == MySet('cba'), s1 != s2, s1 >= MySet('a'), s1 > s1
print s1 & 'bz', 'bz' & s1, s1 | 'z', s1 - 'a', 'ab' - s1
print s1.isdisjoint('xyz'), s1.isdisjoint('a'), s1 == set('abc')
print attempt(lambda: s1 & 1), attempt(lambda: s1 < 1)
s1 |= 'xy'
print s1
s1 &= 'abxq'
print s1
s1 ^= 'aq'
print s1
s1 -= 'b'
print s1
s1.remove('x')
print attempt(s1.remove, 'nope'), s1.pop(), s1
s1.clear()
print s1, attempt(s1.pop)
print MySet('ab')._hash() == frozenset('ab').__hash__(), \
    MySet()._hash() == hash(frozenset())
print collections.Set._hash(MySet(range(50))) == hash(frozenset(range(50)))


class MySeq(collections.MutableSequence):
    def __init__(self, it=()):
        self.l = list(it)

    def __getitem__(self, i):
        return self.l[i]

    def __setitem__(self, i, v):
        self.l[i] = v

    def __delitem__(self, i):
        del self.l[i]

    def __len__(self):
        return len(self.l)

    def insert(self, i, v):
        self.l.insert(i, v)

q = MySeq('hello')
print list(q), 'e' in q, 'z' in q, list(reversed(q)), q.index('l'), q.count('l')
print attempt(q.index, 'z')
q.append('!')
q.extend('ab')
q.reverse()
print q.l, q.pop(), q.pop(0), q.l
q.remove('l')
q += 'xy'
print q.l, attempt(q.remove, 'zz')

# abc


class A(object):
    __metaclass__ = abc.ABCMeta

    @abc.abstractmethod
    def f(self):
        return 'A.f'

    @abc.abstractproperty
    def p(self):
        pass

    def g(self):
        return 'g'


class B(A):
    def f(self):
        return super(B, self).f() + '+B'


class C(B):
    p = 3

print sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), \
    C.__abstractmethods__
print attempt(A), attempt(B), C().f(), C().p, C().g()
print attempt(A.__new__, A)


class Z(A):
    __abstractmethods__ = frozenset()
print type(A.p), A.p.__isabstractmethod__, A.f.__isabstractmethod__


class Reg(object):
    pass


class OldReg:
    pass

print issubclass(Reg, A), isinstance(Reg(), A)
A.register(Reg)
A.register(OldReg)
print issubclass(Reg, A), isinstance(Reg(), A), issubclass(OldReg, A), \
    isinstance(OldReg(), A)
print A.register(C), A.register(A)
print attempt(A.register, 1), attempt(Reg.__class__.mro, Reg)
print attempt(C.register, A)


class SubReg(Reg):
    pass
print issubclass(SubReg, A), issubclass(int, A), isinstance(1, A)


class Hook(object):
    __metaclass__ = abc.ABCMeta

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented


class Duck(object):
    quack = 1
print issubclass(Duck, Hook), issubclass(int, Hook), isinstance(Duck(), Hook)


class Liar(object):
    __class__ = Duck
print isinstance(Liar(), Hook), isinstance(Liar(), Duck)


class BadHook(object):
    __metaclass__ = abc.ABCMeta

    @classmethod
    def __subclasshook__(cls, C):
        return 1
print attempt(issubclass, int, BadHook)
print attempt(abc.ABCMeta, 'X', (), {'__abstractmethods__': 1})
X = abc.ABCMeta('X', (object,), {'m': abc.abstractmethod(lambda self: 0)})
print attempt(X), X.__abstractmethods__


class WithInit(object):
    __metaclass__ = abc.ABCMeta

    def __init__(self, a):
        self.a = a

    @abc.abstractmethod
    def zz(self):
        pass

    @abc.abstractmethod
    def aa(self):
        pass
print attempt(WithInit, 1)


class Concrete(WithInit):
    zz = aa = None
print Concrete(4).a
print isinstance(3, collections.Hashable), isinstance([], collections.Hashable)


class NoHash(object):
    __hash__ = None
print issubclass(NoHash, collections.Hashable), \
    issubclass(Point, collections.Hashable)

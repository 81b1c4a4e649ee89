# Subclassing built-in types and overriding their methods.
class CountingDict(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self.sets = 0
    def __setitem__(self, k, v):
        self.sets += 1
        dict.__setitem__(self, k, v)
d = CountingDict(a=1)
d['b'] = 2
d.update(c=3)        # update does not call the overridden __setitem__
d.setdefault('e', 5) # nor does setdefault
print sorted(d.items()), d.sets, type(d).__name__, isinstance(d, dict), d == {'a': 1, 'b': 2, 'c': 3, 'e': 5}
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
dd = DefaultDict()
print dd['abc'], dd, dd.get('zz'), 'zz' in dd
class ListLogger(list):
    def append(self, x):
        list.append(self, ('logged', x))
ll = ListLogger([1])
ll.append(2)
ll.extend([3])
ll += [4]
print ll, len(ll), type(ll[:]).__name__, type(ll + []).__name__
class Celsius(float):
    def __str__(self):
        return '%.1f C' % self
    def __add__(self, o):
        return Celsius(float(self) + o)
c = Celsius(21.5)
print c, repr(c), c + 1, type(c + 1).__name__, type(1 + c).__name__, type(c * 2).__name__, c == 21.5
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self
    def __add__(self, o):
        return MyInt(int(self) + int(o))
m = MyInt(5)
print m, repr(m), m + 1, repr(m + 1), repr(1 + m), repr(-m), repr(m * 2), hash(m) == hash(5), {m: 'x'}[5]
class Bool2(int):
    pass
print Bool2(True), type(Bool2(3) > 2).__name__
class NamedStr(str):
    def __init__(self, v):
        self.name = 'named ' + v
ns = NamedStr('val')
print ns, ns.name, ns.upper(), type(ns.upper()).__name__, ns + '!', ns == 'val', ns in {'val': 1}
class MyTuple(tuple):
    def __getitem__(self, i):
        return 'item %r' % (tuple.__getitem__(self, i),)
mt = MyTuple((1, 2))
print mt[0], list(mt), mt[0:1] if False else '', len(mt), tuple(mt)
class MySet(set):
    def add(self, x):
        set.add(self, x * 10)
ms = MySet([1])
ms.add(2)
ms |= set([3])
print sorted(ms)
class MyList(list):
    def __iter__(self):
        return iter(['overridden iter'])
ml = MyList([1, 2])
print list(ml), [x for x in ml], len(ml), ml[0], sorted(ml), tuple(ml), str(ml)
class MyLong(long):
    pass
print MyLong(2) ** 70, type(MyLong(2) ** 70).__name__, repr(MyLong(7))
class MyComplex(complex):
    pass
print MyComplex(1, 2) * 2, type(MyComplex(1) + 1).__name__
class MyUnicode(unicode):
    def greet(self):
        return u'hi ' + self
print repr(MyUnicode(u'x').greet()), type(MyUnicode(u'x').greet()).__name__
# subclass instances get __dict__ unless __slots__
class I2(int):
    pass
i = I2(3)
i.tag = 'has dict'
print i.tag, i + 0, type(i + 0).__name__
# type() of subclass operations return base type
print type(I2(1) + I2(2)).__name__, type(-I2(1)).__name__, type(abs(I2(-1))).__name__, type(I2(5) // 2).__name__

# copy, copy_reg, types, functools, numbers.
import copy
import copy_reg
import types
import functools
import numbers
import sys


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
    return r


# copy: shallow
l = [1, [2, 3], {'a': [4]}]
c = copy.copy(l)
print c == l, c is l, c[1] is l[1]
d = copy.deepcopy(l)
print d == l, d[1] is l[1], d[2]['a'] is l[2]['a']
for x in [None, 1, 2L, 1.5, True, 'str', u'uni', (1, 2), frozenset([1]),
          xrange(3), len, int, 3j, Ellipsis, copy, types.FunctionType]:
    try:
        print type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x
    except Exception as e:
        print type(x).__name__, 'EXC', type(e).__name__, e
t = (1, [2])
print copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is (1, 2), \
    copy.copy(t) is t

# cycles and sharing
a = [1]
a.append(a)
b = copy.deepcopy(a)
print b[1] is b, b is not a
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print pc[0] is pc[1], pc[0] is not shared
dd = {}
dd['self'] = dd
print copy.deepcopy(dd)['self'] is not dd
tt = ([],)
tt[0].append(tt)
tc = copy.deepcopy(tt)
print tc[0][0] is tc, tc is not tt
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print y[0] is y[1], id(x) in memo, len(memo[id(memo)])


class New(object):
    def __init__(self, v):
        self.v = v
        self.l = [v]

    def __repr__(self):
        return 'New(%r, %r)' % (self.v, self.l)


class Old:
    def __init__(self, v):
        self.v = v
        self.l = [v]

    def __repr__(self):
        return 'Old(%r, %r)' % (self.v, self.l)

for cls in (New, Old):
    o = cls(5)
    o2 = copy.copy(o)
    o3 = copy.deepcopy(o)
    print o2, o3, o2.l is o.l, o3.l is o.l, type(o2) is type(o)


class WithCopy(object):
    def __copy__(self):
        return 'copied'

    def __deepcopy__(self, memo):
        return 'deepcopied %d' % len(memo)
print copy.copy(WithCopy()), copy.deepcopy(WithCopy())


class OldWithInitArgs:
    def __init__(self, a, b):
        print 'init', a, b
        self.a = a
        self.b = b

    def __getinitargs__(self):
        return (self.a, [self.b])

    def __getstate__(self):
        return {'a': self.a, 'state': 1}

o = copy.copy(OldWithInitArgs(1, 2))
print sorted(vars(o).items())
o = copy.deepcopy(OldWithInitArgs(1, 2))
print sorted(vars(o).items())


class OldSetState:
    def __setstate__(self, st):
        print 'setstate', st
        self.st = st
o = OldSetState()
o.x = 1
print vars(copy.copy(o)), vars(copy.deepcopy(o))


class OldCopy:
    def __copy__(self):
        return 'oldcopy'

    def __deepcopy__(self, memo):
        return 'olddeep'
print copy.copy(OldCopy()), copy.deepcopy(OldCopy())


class Slots(object):
    __slots__ = ('a', '__b', 'c')

    def __init__(self):
        self.a = 1
        self.__b = [2]

    def get(self):
        return self.a, self.__b, getattr(self, 'c', 'unset')


class SlotsSub(Slots):
    __slots__ = ('d',)
s = SlotsSub()
s.d = 4
print copy.copy(s).get(), copy.deepcopy(s).get(), copy.copy(s).d
print copy_reg._slotnames(SlotsSub), SlotsSub.__slotnames__


class _Under(object):
    __slots__ = ('__x',)


class ___(object):
    __slots__ = ('__x', '__dict__', '__weakref__')
print copy_reg._slotnames(_Under), copy_reg._slotnames(___), \
    copy_reg._slotnames(New), copy_reg._slotnames(int)


class Stateful(object):
    def __init__(self):
        self.x = [1]

    def __getstate__(self):
        print 'getstate'
        return {'x': self.x, 'extra': 1}

    def __setstate__(self, st):
        print 'setstate', st
        self.__dict__.update(st)
s2 = copy.deepcopy(Stateful())
print sorted(vars(s2))


class MyList(list):
    pass


class MyDict(dict):
    pass
ml = MyList([1, [2]])
ml.attr = 'a'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print mc, md, type(mc).__name__, mc.attr, mc[1] is ml[1], md[1] is ml[1]
mdict = MyDict(a=[1])
mdict.z = 3
print copy.copy(mdict), copy.deepcopy(mdict), copy.deepcopy(mdict).z


class MyInt(int):
    pass
mi = MyInt(5)
mi.q = 1
print copy.copy(mi), type(copy.copy(mi)).__name__, copy.deepcopy(mi).q


def red_show(r):
    if isinstance(r, tuple):
        return (r[0].__name__,) + tuple(
            list(v) if hasattr(v, 'next') else v for v in r[1:])
    return r
print red_show(MyInt(3).__reduce_ex__(0)), red_show(MyInt(3).__reduce_ex__(1))
print red_show(New(1).__reduce_ex__(0)[:2]), New(1).__reduce_ex__(0)[2] == {'v': 1, 'l': [1]}
print red_show(attempt(Slots().__reduce_ex__, 0))
print red_show(attempt(object().__reduce_ex__, 0))
print red_show(attempt(object().__reduce_ex__, 2))
print red_show(attempt(New(2).__reduce_ex__, 2))
print red_show(attempt(SlotsSub().__reduce_ex__, 2))
print red_show(attempt(MyList([1]).__reduce_ex__, 2))


class NoReduce(object):
    __reduce_ex__ = None
    __reduce__ = None
print attempt(copy.copy, NoReduce()), attempt(copy.deepcopy, NoReduce())


class Reducer(object):
    def __reduce__(self):
        return (Reducer2, (1, [2]), {'st': 3}, iter([4, 5]), iter([(6, 7)]))


class Reducer2(list):
    def __init__(self, a, b):
        print 'Reducer2', a, b
        self.d = {}

    def __setitem__(self, k, v):
        print 'setitem', k, v
r = copy.deepcopy(Reducer())
print r, r.st
r = copy.copy(Reducer())


class ReduceStr(object):
    def __reduce__(self):
        return 'ReduceStr'
x = ReduceStr()
print copy.copy(x) is x, copy.deepcopy(x) is x


class Meta(type):
    pass


class WithMeta(object):
    __metaclass__ = Meta
print attempt(copy.copy, WithMeta), copy.deepcopy(WithMeta) is WithMeta
print copy.Error, copy.error is copy.Error, copy.__all__


class M(object):
    def meth(self):
        return self.v
mo = M()
mo.v = [1]
bm = copy.deepcopy(mo.meth)
print bm(), bm() is mo.v, attempt(copy.copy, mo.meth)

# copy_reg
print attempt(copy_reg.pickle, Old, lambda x: x)
print attempt(copy_reg.pickle, New, 1)
print attempt(copy_reg.constructor, 1)


def red(o):
    return New, (o.v * 2,)
copy_reg.pickle(New, red)
print copy.copy(New(3)), copy.deepcopy(New(4))
del copy_reg.dispatch_table[New]
print copy_reg.pickle_complex(1 + 2j), copy.copy(1 + 2j)
print copy_reg.__newobj__(New, 3).__dict__, copy_reg._reconstructor(New, object, None).__class__
print copy_reg._reconstructor(MyInt, int, 4), copy_reg._reconstructor(MyList, list, [1])
copy_reg.add_extension('mod', 'name', 300)
copy_reg.add_extension('mod', 'name', 300)
print attempt(copy_reg.add_extension, 'mod', 'name2', 300)
print attempt(copy_reg.add_extension, 'mod', 'name', 301)
print attempt(copy_reg.add_extension, 'mod', 'x', 0)
print copy_reg._extension_registry, copy_reg._inverted_registry
print attempt(copy_reg.remove_extension, 'mod', 'name', 301)
copy_reg.remove_extension('mod', 'name', 300)
copy_reg.clear_extension_cache()
print copy_reg._extension_registry, copy_reg.__all__

# types
print sorted(types.__all__)
for n in sorted(types.__all__):
    print n, getattr(types, n)


def gen():
    yield 1
print isinstance(gen(), types.GeneratorType), \
    isinstance(Old.__init__, types.UnboundMethodType), \
    isinstance(Old(1), types.InstanceType), type(sys) is types.ModuleType

# functools


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper


@deco
def target(x):
    """target doc"""
    return x + 1
target.__dict__['extra'] = 1
print target(1), target.__name__, target.__doc__, target.__module__


def plain():
    pass
plain.attr = 5


def w2():
    pass
functools.update_wrapper(w2, plain)
print w2.__name__, w2.attr, w2.__doc__
print functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES
print attempt(functools.update_wrapper, w2, 1)
functools.update_wrapper(w2, plain, ('__name__',), ())


@functools.total_ordering
class TL(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print 'lt',
        return self.v < o.v

    def __eq__(self, o):
        print 'eq',
        return self.v == o.v
for cls in [TL]:
    a, b = cls(1), cls(2)
    print a < b, a > b, a <= b, a >= b, a != b, b <= a
    print cls.__gt__.__name__, cls.__gt__.__doc__, cls.__ne__.__doc__, \
        cls.__le__.__doc__, cls.__ge__.__doc__


@functools.total_ordering
class TG(object):
    def __init__(self, v):
        self.v = v

    def __ge__(self, o):
        return self.v >= o.v

    def __eq__(self, o):
        return self.v == o.v
a, b = TG(1), TG(2)
print a < b, a > b, a <= b, a >= b, a != b, TG(2) <= TG(2), TG(3) <= TG(2)


@functools.total_ordering
class TLE(object):
    def __init__(self, v):
        self.v = v

    def __le__(self, o):
        return self.v <= o.v

    def __gt__(self, o):
        return self.v > o.v

    def __eq__(self, o):
        return self.v == o.v
a, b = TLE(1), TLE(2)
print a < b, a > b, a <= b, a >= b, TLE(2) >= TLE(2), TLE(3) >= TLE(2)
print attempt(functools.total_ordering, New)
print sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))
K = functools.cmp_to_key(cmp)
print K(1) < K(2), K(1) > K(2), K(1) == K(1), K(1) <= K(0), K(1) >= K(1), \
    K(1) != K(1), attempt(hash, K(1)), attempt(setattr, K(1), 'x', 1)
print functools.partial(int, base=2)('101'), functools.reduce(lambda a, b: a * b, [1, 2, 3])
print sorted(n for n in dir(functools) if not n.startswith('_'))

# numbers
for v in [1, 1L, 1.0, 1j, True, 'x', None]:
    print repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex,
                                         numbers.Real, numbers.Rational,
                                         numbers.Integral) if isinstance(v, c)]
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational,
          numbers.Integral):
    print c.__name__, sorted(c.__abstractmethods__), c.__slots__
print attempt(numbers.Complex), numbers.__all__


class MyReal(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __trunc__(self):
        return int(self.v)

    def __floordiv__(self, o):
        return MyReal(self.v // float(o))

    __rfloordiv__ = __floordiv__

    def __mod__(self, o):
        return MyReal(self.v % float(o))
    __rmod__ = __mod__

    def __lt__(self, o):
        return self.v < float(o)

    def __le__(self, o):
        return self.v <= float(o)

    def __add__(self, o):
        return MyReal(self.v + float(o))
    __radd__ = __add__

    def __neg__(self):
        return MyReal(-self.v)

    def __pos__(self):
        return MyReal(self.v)

    def __mul__(self, o):
        return MyReal(self.v * float(o))
    __rmul__ = __mul__
    __div__ = __rdiv__ = __truediv__ = __rtruediv__ = __mul__
    __pow__ = __rpow__ = __mul__

    def __abs__(self):
        return MyReal(abs(self.v))

    def __eq__(self, o):
        return self.v == float(o)

    def __repr__(self):
        return 'MyReal(%r)' % self.v
r = MyReal(2.5)
print r.real, r.imag, r.conjugate(), complex(r), divmod(r, 2), \
    r.__rdivmod__(7), r - 1, 1 - r, bool(r), bool(MyReal(0)), r != 2.5


class MyInt2(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __long__(self):
        return long(self.v)

    def __pos__(self):
        return self
    locals().update(dict.fromkeys(
        sorted(numbers.Integral.__abstractmethods__ - set(['__long__', '__pos__'])),
        lambda *a: NotImplemented))
i = MyInt2(7)
print float(i), i.__index__(), i.numerator is i, i.denominator, range(10)[i]

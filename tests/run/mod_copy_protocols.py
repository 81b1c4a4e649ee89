# copy: __copy__, __deepcopy__, __getstate__/__setstate__, __reduce_ex__,
# __reduce__, __getinitargs__ and copy_reg.
import copy

class Custom(object):
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print '  __copy__ called'
        return Custom('copy of %s' % self.v)
    def __deepcopy__(self, memo):
        print '  __deepcopy__ called with', type(memo).__name__
        return Custom('deep of %s' % self.v)
c = Custom('x')
print copy.copy(c).v
print copy.deepcopy(c).v
print copy.deepcopy([c, c])[0].v

class State(object):
    def __init__(self):
        self.a = 1
        self.secret = 'hidden'
    def __getstate__(self):
        print '  __getstate__'
        d = self.__dict__.copy()
        del d['secret']
        return d
    def __setstate__(self, st):
        print '  __setstate__', sorted(st)
        self.__dict__.update(st)
        self.secret = 'restored'
s = State()
s2 = copy.copy(s)
print s2.a, s2.secret
s3 = copy.deepcopy(s)
print s3.a, s3.secret

class OnlyGet(object):
    def __init__(self):
        self.x = [1]
    def __getstate__(self):
        return {'x': self.x, 'extra': 'e'}
og = copy.deepcopy(OnlyGet())
print og.x, og.extra

class Reduce(object):
    def __init__(self, a, b):
        print '  __init__', a, b
        self.a, self.b = a, b
    def __reduce__(self):
        print '  __reduce__'
        return (Reduce, (self.a, self.b))
r = Reduce(1, [2])
r2 = copy.copy(r)
print r2.a, r2.b is r.b
r3 = copy.deepcopy(r)
print r3.b is r.b, r3.b

class ReduceEx(object):
    def __init__(self, v):
        self.v = v
    def __reduce_ex__(self, proto):
        print '  __reduce_ex__', proto
        return (ReduceEx, ('from reduce_ex %s' % self.v,))
print copy.copy(ReduceEx(1)).v
print copy.deepcopy(ReduceEx(2)).v

class ReduceState(object):
    def __reduce__(self):
        return (ReduceState, (), {'st': [1]}, None, iter([('k', 'v')]))
    def __setitem__(self, k, v):
        print '  __setitem__', k, v
rs = copy.deepcopy(ReduceState())
print rs.st

class ListItems(list):
    def __reduce_ex__(self, proto):
        return (ListItems, (), None, iter(['a', 'b']))
print copy.copy(ListItems([9]))

class ReduceStr(object):
    def __reduce__(self):
        return 'global_name'
global_name = 'x'
print copy.copy(ReduceStr()) is not None

class NewArgs(object):
    def __new__(cls, *args):
        print '  __new__', args
        self = object.__new__(cls)
        return self
    def __init__(self, *args):
        print '  __init__ should not run on copy'
    def __getnewargs__(self):
        return (1, 2)
na = NewArgs()
print type(copy.copy(na)).__name__

class OldInit:
    def __init__(self, a):
        print '  OldInit.__init__', a
        self.a = a
    def __getinitargs__(self):
        return (self.a * 10,)
oi = OldInit(1)
print copy.copy(oi).a
print copy.deepcopy(oi).a

import copy_reg
class Registered(object):
    def __init__(self, v):
        self.v = v
def reduce_registered(obj):
    print '  copy_reg reducer'
    return (Registered, (obj.v + 100,))
copy_reg.pickle(Registered, reduce_registered)
print copy.copy(Registered(1)).v

class Bad(object):
    def __reduce_ex__(self, proto):
        raise TypeError('no copies')
try:
    copy.copy(Bad())
except TypeError as e:
    print 'TypeError:', e

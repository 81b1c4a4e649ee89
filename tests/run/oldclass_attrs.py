# Classic instances: __getattr__, __setattr__, __delattr__, raising classic instances as exceptions,
# and mixing classic and new-style classes.
class G:
    cattr = 'class attr'
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return 'getattr ' + name
g = G()
print g.cattr, g.dynamic, hasattr(g, '_private'), getattr(g, '_x', 'dflt')
class S:
    def __init__(self):
        self.__dict__['log'] = []
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        self.__dict__[name] = value
    def __delattr__(self, name):
        self.log.append(('del', name))
        del self.__dict__[name]
s = S()
s.a = 1
s.b = 2
del s.a
try:
    del s.zz
except KeyError as e:
    print type(e).__name__, e
print s.log, sorted(s.__dict__)
# classic instances as exceptions
class OldErr:
    def __init__(self, msg):
        self.msg = msg
try:
    raise OldErr('classic')
except OldErr as e:
    print 'caught classic instance', e.msg, type(e).__name__
try:
    raise OldErr, OldErr('value form')
except OldErr as e:
    print e.msg
class OldErrSub(OldErr):
    pass
try:
    raise OldErrSub('sub')
except OldErr as e:
    print 'caught subclass', e.__class__.__name__, e.msg
import sys
try:
    raise OldErr('exc_info')
except:
    t, v, tb = sys.exc_info()
    print t.__name__, v.msg
# raising a classic class with an argument instantiates it
class OldArg:
    def __init__(self, *args):
        self.args = args
try:
    raise OldArg, ('a', 'b')
except OldArg as e:
    print 'args', e.args
try:
    raise OldArg
except OldArg as e:
    print 'no args', e.args
# mixing classic and new-style
class Classic:
    def hello(self):
        return 'classic hello'
class NewStyle(object):
    def hello(self):
        return 'new hello'
class Mixed1(Classic, NewStyle):
    pass
class Mixed2(NewStyle, Classic):
    pass
print type(Mixed1).__name__, Mixed1().hello(), Mixed2().hello(), [c.__name__ for c in Mixed1.__mro__]
print isinstance(Mixed1(), Classic), issubclass(Mixed1, NewStyle)
# comparing classic and new instances with __eq__
class CE:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return getattr(o, 'v', None) == self.v
class NE(object):
    def __init__(self, v):
        self.v = v
print CE(1) == NE(1), NE(1) == CE(1), CE(1) == CE(2)
# class attribute lookup through classic bases, unbound methods from base
class Base:
    def m(self):
        return 'Base.m on ' + self.__class__.__name__
class Derived(Base):
    def m(self):
        return 'Derived>' + Base.m(self)
print Derived().m()
# __class__ and __dict__ special attributes of classic instances and classes
print Derived.__dict__.keys() if False else sorted(Derived.__dict__), Derived().__class__ is Derived
print type(Derived.__dict__).__name__, type(Derived().__dict__).__name__
try:
    Derived.__class__
except AttributeError as e:
    print type(e).__name__, e

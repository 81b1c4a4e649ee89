# property: getter/setter/deleter, decorator forms, doc, read-only errors, inheritance, property objects.
class Temp(object):
    def __init__(self):
        self._c = 0
    def get_c(self):
        print 'get'
        return self._c
    def set_c(self, v):
        print 'set', v
        self._c = v
    def del_c(self):
        print 'del'
        del self._c
    celsius = property(get_c, set_c, del_c, 'temperature in C')
    @property
    def fahrenheit(self):
        return self._c * 9.0 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5.0 / 9
t = Temp()
t.celsius = 100
print t.celsius, t.fahrenheit
t.fahrenheit = 32
print t._c
del t.celsius
print hasattr(t, '_c')
print Temp.celsius.__doc__, Temp.fahrenheit.__doc__, type(Temp.celsius).__name__
print Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__, Temp.fahrenheit.fdel
# read-only and undeletable
class RO(object):
    @property
    def v(self):
        return 'ro'
r = RO()
try:
    r.v = 1
except AttributeError as e:
    print type(e).__name__, e
try:
    del r.v
except AttributeError as e:
    print type(e).__name__, e
# property on class access returns the property object
print RO.v is RO.__dict__['v'], isinstance(RO.v, property)
# property takes precedence over instance __dict__
r.__dict__['v'] = 'in dict'
print r.v, r.__dict__
# getter raising AttributeError
class Fail(object):
    @property
    def bad(self):
        raise AttributeError('custom from getter')
    def __getattr__(self, name):
        return '__getattr__ got ' + name
print Fail().bad
# property docstring from getter
class Doc(object):
    @property
    def d(self):
        "getter doc"
        return 1
print Doc.d.__doc__
# getter/setter/deleter make new properties
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print p1 is p2, p2.fset is not None, p3.fdel is not None, p1.fset
# subclass overriding a property
class Base(object):
    @property
    def name(self):
        return 'base'
class Derived(Base):
    @Base.name.getter
    def name(self):
        return 'derived'
print Base().name, Derived().name
# property with no getter
class NoGet(object):
    x = property(None, lambda self, v: setattr(self, '_x', v))
ng = NoGet()
ng.x = 5
print ng._x
try:
    ng.x
except AttributeError as e:
    print type(e).__name__, e
# property called with keywords
class KW(object):
    p = property(fget=lambda self: 'kw fget', doc='kw doc')
print KW().p, KW.p.__doc__
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print type(e).__name__, e
try:
    class BadCall(object):
        p = property(5)
    BadCall().p
except TypeError as e:
    print type(e).__name__, e
# property __get__ called directly
t._c = 10
print Temp.fahrenheit.__get__(t, Temp), Temp.fahrenheit.__get__(None, Temp) is Temp.fahrenheit

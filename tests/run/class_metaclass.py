# Metaclasses: __metaclass__ in class body and module, type() three-arg form, __new__/__init__/__call__,
# metaclass conflicts, class attributes via metaclass, metaclass methods.
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(('new', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__'))))
        ns['added_by_meta'] = name.lower()
        return super(Meta, mcls).__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        log.append(('init', name))
        super(Meta, cls).__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        log.append(('call', cls.__name__, args))
        return super(Meta, cls).__call__(*args, **kw)
    def meta_method(cls):
        return 'meta_method of ' + cls.__name__
    @property
    def meta_prop(cls):
        return 'meta_prop of ' + cls.__name__

class A(object):
    __metaclass__ = Meta
    x = 1
    def m(self):
        return 'm'
class B(A):
    y = 2
print log
log[:] = []
b = B()
print log, b.added_by_meta, B.added_by_meta, A.added_by_meta
print type(A).__name__, type(B).__name__, B.meta_method(), B.meta_prop, hasattr(b, 'meta_method')
try:
    b.meta_prop
except AttributeError as e:
    print type(e).__name__, e
# type() with three arguments
def init(self, v):
    self.v = v
T = type('T', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'cls_attr': 'c'})
t = T(21)
print T.__name__, T.__bases__, t.double(), t.cls_attr, type(t).__name__, T.__module__
T2 = type('T2', (T,), {})
print T2(1).double(), T2.__mro__[1].__name__
print type(5).__name__, type(type).__name__, type(object).__name__, type(Meta).__name__
for args in (('X', 5, {}), ('X', (), 5), (5, (), {}), ('X', (5,), {}), ('X',), ('X', ())):
    try:
        type(*args)
    except TypeError as e:
        print args, type(e).__name__, e
# metaclass conflict
class M1(type): pass
class M2(type): pass
class C1(object):
    __metaclass__ = M1
class C2(object):
    __metaclass__ = M2
try:
    class C3(C1, C2):
        pass
except TypeError as e:
    print type(e).__name__, e
# derived metaclass wins
class M3(M1, M2): pass
class C4(C1, C2):
    __metaclass__ = M3
print type(C4).__name__
class C5(C1):
    __metaclass__ = type
print type(C5).__name__
# metaclass may be any callable
def func_meta(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)
class F(object):
    __metaclass__ = func_meta
print F.made_by, type(F).__name__
def returns_other(name, bases, ns):
    return 42
class NotAClass:
    __metaclass__ = returns_other
print NotAClass
# metaclass __new__ that changes the name and bases
class Renamer(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, 'Renamed' + name, bases, ns)
class Orig(object):
    __metaclass__ = Renamer
print Orig.__name__
# metaclass with __getattr__ for class attribute access
class Dyn(type):
    def __getattr__(cls, name):
        return 'dynamic ' + name
class UsesDyn(object):
    __metaclass__ = Dyn
    real = 'real'
print UsesDyn.real, UsesDyn.anything, getattr(UsesDyn, 'other')
try:
    UsesDyn().anything
except AttributeError as e:
    print type(e).__name__, e
# instances counting with metaclass __call__
class Counting(type):
    def __call__(cls, *a, **k):
        cls.count = getattr(cls, 'count', 0) + 1
        return type.__call__(cls, *a, **k)
class Widget(object):
    __metaclass__ = Counting
Widget(); Widget(); Widget()
print Widget.count
# a metaclass's __repr__ changes the class repr
class ReprMeta(type):
    def __repr__(cls):
        return '<nice class %s>' % cls.__name__
class Nice(object):
    __metaclass__ = ReprMeta
print Nice, repr(Nice), [Nice]
# __new__ returning an instance of another class skips __init__
class Other(object):
    pass
class Weird(object):
    def __new__(cls):
        return Other()
    def __init__(self):
        print 'never'
print type(Weird()).__name__

# Old-style (classic) classes and instances: type, attributes, inheritance (depth-first), methods.
class A:
    "doc of A"
    x = 'A.x'
    def __init__(self, v=0):
        self.v = v
    def who(self):
        return 'A.who'
    def over(self):
        return 'A.over'
class B(A):
    def over(self):
        return 'B.over>' + A.over(self)
class C(A):
    x = 'C.x'
    def who(self):
        return 'C.who'
class D(B, C):
    pass
a = A(5)
print type(A).__name__, type(a).__name__, a.__class__.__name__, A.__name__, A.__doc__, A.__module__, A.__bases__
print a.v, a.x, a.who(), A.who(a), B().over(), D.__bases__ == (B, C)
# classic MRO is depth-first left-to-right: D -> B -> A -> C
print D.x, D().who(), hasattr(D, '__mro__')
print sorted(A.__dict__.keys()), sorted(a.__dict__.items())
print A.who, type(A.who).__name__, type(a.who).__name__, a.who.im_class.__name__
try:
    A.who(5)
except TypeError as e:
    print type(e).__name__, e
try:
    A.who()
except TypeError as e:
    print type(e).__name__, e
try:
    a.missing
except AttributeError as e:
    print type(e).__name__, e
try:
    A.missing
except AttributeError as e:
    print type(e).__name__, e
try:
    A(1, 2)
except TypeError as e:
    print type(e).__name__, e
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print type(e).__name__, e
print type(NoInit()).__name__
# class attributes and instance dict
a.x = 'inst x'
print a.x, A.x
del a.x
print a.x
A.newattr = 'added'
print a.newattr
a.__dict__['d'] = 'dict write'
print a.d
a.__class__ = C
print a.who(), a.__class__.__name__
try:
    a.__class__ = int
except TypeError as e:
    print type(e).__name__, e
try:
    a.__dict__ = 5
except TypeError as e:
    print type(e).__name__, e
# __bases__ and __name__ are writable on classic classes
class E:
    def m(self):
        return 'E.m'
class F:
    def m(self):
        return 'F.m'
class G(E):
    pass
print G().m()
G.__bases__ = (F,)
print G().m()
G.__name__ = 'G2'
print G.__name__
try:
    G.__bases__ = (5,)
except TypeError as e:
    print type(e).__name__, e
try:
    G.__dict__ = 5
except TypeError as e:
    print type(e).__name__, e
# classic class equality and hashing default to identity
x, y = A(), A()
print x == y, x == x, x != y, hash(x) == hash(x)
# isinstance/issubclass
print isinstance(D(), A), isinstance(D(), C), issubclass(D, C), issubclass(A, D), isinstance(A(), object)
print isinstance(A, type), callable(A), callable(A())
# instance of classic class in boolean context without __nonzero__/__len__ is true
print bool(A()), not A()
# class statement with base that is not a class
try:
    class Bad(5):
        pass
except TypeError as e:
    print type(e).__name__, e
# new-style class from old-style base becomes new-style only with object
class N(A, object):
    pass
print type(N).__name__, [k.__name__ for k in N.__mro__]

# bound and unbound methods, classmethod, staticmethod, method attributes and reprs.
class A(object):
    def f(self, x=1):
        return ('f', type(self).__name__, x)
    @classmethod
    def c(cls, x=2):
        return ('c', cls.__name__, x)
    @staticmethod
    def s(x=3):
        return ('s', x)
    def __repr__(self):
        return '<A instance>'
class B(A):
    pass
a = A()
print a.f(), A.f(a), A.f(a, 5), B.f(B()), a.c(), A.c(), B.c(), B().c(7), a.s(), A.s(9), B.s()
print A.f, B.f, a.f, A.c, A.s.__name__, a.s is A.s, A.s is A.__dict__['s'].__func__
print repr(A.__dict__['c'])[:20] if False else type(A.__dict__['c']).__name__, type(A.__dict__['s']).__name__
print type(A.f).__name__, type(a.f).__name__, type(A.s).__name__, type(A.c).__name__
print A.f.im_self, A.f.im_class.__name__, A.f.im_func.__name__, a.f.im_self, a.f.im_class.__name__
print a.f.__self__, a.f.__func__ is A.__dict__['f'], A.c.im_self.__name__, A.c.__self__.__name__, B.c.im_self.__name__
print A.f.__name__, a.f.__name__, a.f.__doc__, A.c.__name__, A.s.__name__
# unbound method type check
try:
    A.f(5)
except TypeError as e:
    print type(e).__name__, e
try:
    A.f()
except TypeError as e:
    print type(e).__name__, e
try:
    B.f(A())
except TypeError as e:
    print type(e).__name__, e
class Other(object):
    pass
try:
    A.f(Other())
except TypeError as e:
    print type(e).__name__, e
# bound method equality and identity
print a.f == a.f, a.f is a.f, A.f == A.f, a.f == A().f, a.f != a.c
# methods stored on instances are not bound
a.g = lambda x: ('inst func', x)
print a.g(1)
# functions as descriptors
def free(self):
    return 'free on ' + repr(self)
bound = free.__get__(a, A)
print bound(), type(bound).__name__, bound.im_self
unbound = free.__get__(None, A)
print unbound(a), unbound
# classmethod and staticmethod objects
cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: 'static')
print cm.__get__(None, B)(), cm.__get__(B(), A)(), sm.__get__(None, A)(), cm.__func__.__name__, sm.__func__()
try:
    classmethod(lambda: 0)()
except TypeError as e:
    print type(e).__name__, e
try:
    staticmethod(1, 2)
except TypeError as e:
    print type(e).__name__, e
# calling a classmethod wrapping a non-callable fails at call time
bad = classmethod(5)
class HasBad(object):
    b = bad
try:
    HasBad.b()
except TypeError as e:
    print type(e).__name__, e
# instancemethod constructor via type()
import types
m = types.MethodType(free, a)
print m()
um = types.MethodType(free, None, A)
print um, um(a)
# method attributes are read-only, function attributes accessible through method
def attr_func(self):
    pass
attr_func.tag = 'tagged'
class H(object):
    f = attr_func
print H().f.tag, H.f.tag
try:
    H().f.tag = 'new'
except AttributeError as e:
    print type(e).__name__, e
try:
    H.f.im_self = 1
except (AttributeError, TypeError) as e:
    print type(e).__name__, e
# calling methods with wrong arguments
for call in ("a.f(1, 2)", "a.f(y=1)", "A.c(1, 2)", "A.s(1, 2)", "a.f(1, x=2)"):
    try:
        eval(call)
    except TypeError as e:
        print call, type(e).__name__, e

# Class __dict__ (dictproxy), __class__ assignment, __bases__/__name__ assignment, special class attributes.
class A(object):
    x = 1
    def m(self):
        return 'A.m'
class B(object):
    def m(self):
        return 'B.m'
print type(A.__dict__).__name__, A.__dict__['x'], 'm' in A.__dict__, sorted(k for k in A.__dict__.keys() if not k.startswith('__'))
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print type(e).__name__, e
A.y = 2
print A.__dict__['y'], A.__dict__.get('zz', 'nope'), len(A.__dict__) > 3
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print type(e).__name__, e
# __class__ assignment between compatible classes
a = A()
a.__class__ = B
print a.m(), type(a).__name__, isinstance(a, B), isinstance(a, A)
for bad in (int, 5, None):
    try:
        a.__class__ = bad
    except TypeError as e:
        print type(e).__name__, e
class S1(object):
    __slots__ = ('p',)
class S2(object):
    __slots__ = ('q',)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print type(e).__name__, e
class S3(object):
    __slots__ = ('p',)
s.__class__ = S3
print type(s).__name__
try:
    (5).__class__ = bool
except TypeError as e:
    print type(e).__name__, e
# __name__ and __bases__ assignment
class C(A):
    pass
C.__name__ = 'Renamed'
print C.__name__, C, C.__module__
try:
    C.__name__ = 5
except TypeError as e:
    print type(e).__name__, e
C.__bases__ = (B,)
print C().m(), [k.__name__ for k in C.__mro__]
try:
    C.__bases__ = ()
except TypeError as e:
    print type(e).__name__, e
class D(C):
    pass
try:
    C.__bases__ = (D,)
except TypeError as e:
    print type(e).__name__, e
try:
    int.__name__ = 'x'
except TypeError as e:
    print type(e).__name__, e
# __module__ and __doc__ writable on user classes
C.__module__ = 'fake.module'
print C
# class attributes that are special
print A.__name__, A.__module__, A.__doc__, A.__base__.__name__, [b.__name__ for b in A.__bases__], A.__class__.__name__
print type.__name__, type.__module__, int.__module__, object.__module__, type(A.__dict__['m']).__name__
# __dict__ of an instance is a real dict
a2 = A()
a2.k = 1
print type(a2.__dict__).__name__, a2.__dict__
# class dict modification visible on instances immediately
A.z = 'added later'
print A().z
del A.z
print hasattr(A(), 'z')
# class attribute vs instance attribute shadowing of methods
a3 = A()
a3.m = lambda: 'instance lambda'
print a3.m(), A.m(a3)
del a3.m
print a3.m()
# special methods assigned on the instance are ignored for new-style classes
class L(object):
    def __len__(self):
        return 3
l = L()
l.__len__ = lambda: 99
print len(l), l.__len__()
L.__len__ = lambda self: 7
print len(l)

# super(): two-argument, bound to instances and classes, unbound super, attribute access, errors.
class A(object):
    def f(self):
        return 'A.f'
    @classmethod
    def cm(cls):
        return 'A.cm(%s)' % cls.__name__
    @staticmethod
    def sm():
        return 'A.sm'
    x = 'A.x'
    @property
    def prop(self):
        return 'A.prop'
class B(A):
    def f(self):
        return 'B.f>' + super(B, self).f()
    @classmethod
    def cm(cls):
        return 'B.cm>' + super(B, cls).cm()
    x = 'B.x'
class C(B):
    def f(self):
        return 'C.f>' + super(C, self).f()
c = C()
print c.f(), C.cm(), c.cm(), super(C, c).x, super(B, c).x, super(C, c).sm(), super(C, c).prop
print super(B, C).cm(), super(B, C).f(c)
s = super(C, c)
print type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__
print repr(super(C, C)).startswith("<super: <class 'C'>, <C object>") if False else repr(super(C, C))
# unbound super
us = super(B)
print us.__thisclass__.__name__, us.__self__
try:
    us.f
except AttributeError as e:
    print type(e).__name__, e
print us.__get__(c, C).f()
# super with multiple inheritance: cooperative __init__
class Base(object):
    def __init__(self, log):
        log.append('Base')
class L(Base):
    def __init__(self, log):
        log.append('L')
        super(L, self).__init__(log)
class R(Base):
    def __init__(self, log):
        log.append('R')
        super(R, self).__init__(log)
class LR(L, R):
    def __init__(self, log):
        log.append('LR')
        super(LR, self).__init__(log)
log = []
LR(log)
print log
# super attribute missing
try:
    super(A, A()).f
except AttributeError as e:
    print type(e).__name__, e
try:
    super(C, c).nothing
except AttributeError as e:
    print type(e).__name__, e
# errors
try:
    super(B, 5)
except TypeError as e:
    print type(e).__name__, e
try:
    super(5, c)
except TypeError as e:
    print type(e).__name__, e
try:
    super()
except TypeError as e:
    print type(e).__name__, e
try:
    super(A, B)
    print 'super(A, B) ok'
    super(B, A)
except TypeError as e:
    print type(e).__name__, e
# super and __getattr__ of data descriptors: setting through super is not allowed
try:
    super(C, c).x = 5
except AttributeError as e:
    print type(e).__name__, e
# super in __new__
class N(object):
    def __new__(cls, *a):
        inst = super(N, cls).__new__(cls)
        inst.args = a
        return inst
print N(1, 2).args
# super on old-style class fails
class Old:
    def f(self):
        return 'old'
class NewFromOld(Old, object):
    def f(self):
        return 'new>' + Old.f(self)
print NewFromOld().f()
try:
    class OldChild(Old):
        def f(self):
            return super(OldChild, self).f()
    OldChild().f()
except TypeError as e:
    print type(e).__name__, e
# super with special methods: explicit calls work, implicit lookup uses type
class MyList(list):
    def __getitem__(self, i):
        return 'my' + str(super(MyList, self).__getitem__(i))
    def __len__(self):
        return super(MyList, self).__len__() * 10
ml = MyList([1, 2])
print ml[0], len(ml), list(ml)

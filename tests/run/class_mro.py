# C3 method resolution order, diamond inheritance, MRO errors.
class O(object): pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (A, K1, K2, K3, Z):
    print cls.__name__, [c.__name__ for c in cls.__mro__]
print [c.__name__ for c in Z.mro()], type(Z.mro()).__name__, type(Z.__mro__).__name__
# diamond
class Base(object):
    def who(self):
        return 'Base'
class Left(Base):
    def who(self):
        return 'Left>' + super(Left, self).who()
class Right(Base):
    def who(self):
        return 'Right>' + super(Right, self).who()
class Bottom(Left, Right):
    def who(self):
        return 'Bottom>' + super(Bottom, self).who()
print Bottom().who(), [c.__name__ for c in Bottom.__mro__]
# attribute lookup follows MRO
class P1(object):
    attr = 'P1'
class P2(object):
    attr = 'P2'
    only2 = 'only in P2'
class Child(P1, P2):
    pass
print Child.attr, Child.only2, Child().attr
# inconsistent MRO
def sorted_bases(e):
    # CPython lists the conflicting bases in the order of a dict keyed by
    # the classes (by address), so the names are compared sorted.
    head, sep, names = str(e).rpartition('for bases ')
    if not sep:
        return str(e)
    return head + sep + ', '.join(sorted(names.split(', ')))
class X(object): pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print type(e).__name__, sorted_bases(e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print type(e).__name__, e
class M1(A, B): pass
class M2(B, A): pass
try:
    class Conflict(M1, M2):
        pass
except TypeError as e:
    print type(e).__name__, sorted_bases(e)
# bases that are not classes
try:
    class FromInt(5):
        pass
except TypeError as e:
    print type(e).__name__, e
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print type(e).__name__, e
# layout conflicts
try:
    class IntStr(int, str):
        pass
except TypeError as e:
    print type(e).__name__, e
class IntList(int):
    pass
print IntList.__mro__
# __bases__ and __base__
print [b.__name__ for b in Z.__bases__], Z.__base__.__name__, Bottom.__base__.__name__
# __subclasses__ order follows creation
print [c.__name__ for c in O.__subclasses__()]
print [c.__name__ for c in Base.__subclasses__()]
# custom mro() in a metaclass
class RevMeta(type):
    def mro(cls):
        return [cls] + list(reversed(type.mro(cls)[1:-1])) + [object]
class R1(object):
    v = 'R1'
class R2(object):
    v = 'R2'
class Rev(R1, R2):
    __metaclass__ = RevMeta
print [c.__name__ for c in Rev.__mro__], Rev.v

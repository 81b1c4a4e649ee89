# isinstance/issubclass: tuples, nested tuples, old/new classes, __instancecheck__/__subclasscheck__, errors.
class A(object): pass
class B(A): pass
class C(object): pass
class Old: pass
class OldSub(Old): pass
b = B()
print isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B)))
print issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object), issubclass(B, (C, A)), issubclass(B, ())
print isinstance(Old(), Old), isinstance(OldSub(), Old), isinstance(Old(), object), issubclass(OldSub, Old), issubclass(Old, object)
print isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1L, (int, long)), isinstance('', basestring)
print isinstance(u'', str), isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object)
print isinstance(Old, type), type(Old).__name__, isinstance(A, type), issubclass(bool, int), issubclass(int, object)
print isinstance([], (list, tuple)), isinstance((), list), isinstance({}, dict), issubclass(dict, object)
for args in ((1, 1), (1, [int]), (1, (int, 5))):
    try:
        r = isinstance(*args)
        print args, r
    except TypeError as e:
        print type(e).__name__, e
for args in ((1, int), (int, 1), (B, (A, 1)), (B, [A])):
    try:
        r = issubclass(*args)
        print args, r
    except TypeError as e:
        print type(e).__name__, e
try:
    isinstance(1)
except TypeError as e:
    print type(e).__name__, e
# __instancecheck__ and __subclasscheck__ on metaclasses
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 10
    def __subclasscheck__(cls, sub):
        return sub is str
class Big(object):
    __metaclass__ = Meta
print isinstance(5, Big), isinstance(50, Big), isinstance(Big(), Big), issubclass(str, Big), issubclass(Big, Big), issubclass(int, Big)
print isinstance(50, (C, Big)), issubclass(str, (C, Big))
# objects with __class__ property fool isinstance
class Fake(object):
    @property
    def __class__(self):
        return A
f = Fake()
print isinstance(f, A), isinstance(f, Fake), type(f).__name__, f.__class__.__name__
# __bases__ based checks for non-classes
class PseudoClass(object):
    __bases__ = ()
class PseudoInst(object):
    __class__ = property(lambda self: pc)
pc = PseudoClass()
print issubclass(PseudoClass, object)

# type() with one argument, object(), and the types of common values.
vals = [None, True, 1, 1L, 1.0, 1j, 'a', u'a', (), [], {}, set(), frozenset(), bytearray(), xrange(1), slice(1),
        Ellipsis, NotImplemented, len, [].append, int, type, object(), iter([]), iter(()), iter(''), iter({}),
        iter(set()), reversed([]), enumerate([]), (x for x in []), lambda: 0, property(), staticmethod(len),
        classmethod(len), super(int), open.__call__, (1).__add__, dict.fromkeys, int.__dict__['real'], str.__dict__['upper'],
        type.__dict__['__dict__'], {}.viewkeys(), {}.iterkeys(), iter(xrange(2))]
for v in vals:
    print type(v).__name__, type(type(v)).__name__
print type(1) is int, type(True) is bool, type(type) is type, type(object) is type, type(int.__add__).__name__
o = object()
try:
    o.x = 1
except AttributeError as e:
    print type(e).__name__, e
print object.__name__, object.__bases__, object.__base__, type.__bases__, type.__base__.__name__, isinstance(object, object)
print issubclass(type, object), isinstance(type, type), type.__mro__, object.__mro__
print object() == object(), object() != object(), str(object).startswith("<type 'object'>"), object.__doc__ is not None
for args in ((1, 2), (1, 2, 3, 4), ()):
    try:
        type(*args)
    except TypeError as e:
        print type(e).__name__, e
print type('X', (), {}).__name__, type('Y', (int,), {})(5) + 1
try:
    type(u'U', (), {})
except TypeError as e:
    print type(e).__name__, e
class M(type):
    pass
print type(M('N', (), {})).__name__, M.__name__, type(M).__name__

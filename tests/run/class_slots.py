# __slots__: restricted attributes, no __dict__, inheritance, descriptors, errors.
class P(object):
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print p.x, hasattr(p, '__dict__'), type(P.__dict__['x']).__name__, P.__slots__
try:
    p.y
except AttributeError as e:
    print type(e).__name__, e
p.y = 2
print p.y
del p.y
try:
    del p.y
except AttributeError as e:
    print type(e).__name__, e
try:
    p.z = 3
except AttributeError as e:
    print type(e).__name__, e
try:
    p.__dict__
except AttributeError as e:
    print type(e).__name__, e
# subclass without __slots__ gets a __dict__
class Q(P):
    pass
q = Q(5)
q.z = 'dict ok'
print q.z, q.__dict__, q.x
# subclass with its own slots
class R(P):
    __slots__ = ['w']
r = R(1)
r.w = 'w'
print r.w, r.x
try:
    r.other = 1
except AttributeError as e:
    print type(e).__name__, e
# __slots__ as a single string
class S(object):
    __slots__ = 'only'
s = S()
s.only = 1
print s.only, S.__slots__
# __dict__ in slots
class D(object):
    __slots__ = ('a', '__dict__')
d = D()
d.a = 1
d.b = 2
print d.a, d.__dict__
# empty slots
class E(object):
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print type(e).__name__, e
# errors in slot definitions
for slots in (('x', 'x'), ('1bad',), (5,), ('__dict__', '__dict__'), ('a b',)):
    try:
        type('Bad', (object,), {'__slots__': slots})
        print slots, 'accepted'
    except (TypeError, ValueError) as e:
        print slots, type(e).__name__, e
class Conflict(object):
    __slots__ = ('v',)
    v = 'class attr replaces the slot descriptor'
print Conflict.v
try:
    Conflict().v = 1
except AttributeError as e:
    print type(e).__name__, e
# nonempty slots with variable-size base
for base in (int, long, str, tuple):
    try:
        type('Sub', (base,), {'__slots__': ('extra',)})
        print base.__name__, 'nonempty slots accepted'
    except TypeError as e:
        print base.__name__, type(e).__name__, e
class IntNoSlots(int):
    __slots__ = ()
print IntNoSlots(5) + 1
# slot descriptors on the class
print P.x.__name__, P.x.__objclass__.__name__, type(P.x).__name__
print P.x.__get__(p, P), P.x.__get__(None, P) is P.x
P.y.__set__(p, 'via descriptor')
print p.y
# multiple inheritance with slots: layout conflict
class S1(object):
    __slots__ = ('a',)
class S2(object):
    __slots__ = ('b',)
try:
    class S12(S1, S2):
        pass
except TypeError as e:
    print type(e).__name__, e
# __weakref__ slot
class W(object):
    __slots__ = ('__weakref__',)
print '__weakref__' in W.__dict__, '__weakref__' in P.__dict__, '__dict__' in W.__dict__
# private name mangling in slots
class Priv(object):
    __slots__ = ('__secret',)
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret
pv = Priv()
pv.set(9)
print pv.get(), sorted(k for k in Priv.__dict__ if 'secret' in k)

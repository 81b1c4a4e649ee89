# collections.namedtuple: fields, _replace, _asdict, _fields, _make, errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print p, repr(p), str(p)
print p.x, p.y, p[0], p[1], p[-1], p[:1]
print Point._fields, type(Point._fields).__name__
print Point.__name__, type(p).__name__, isinstance(p, tuple), issubclass(Point, tuple)
print p == (1, 2), p == Point(1, 2), p < Point(1, 3), hash(p) == hash((1, 2))
x, y = p
print x, y, len(p), list(p), tuple(p)
print Point(x=3, y=4), Point(5, y=6)
print p._replace(x=10), p
print p._asdict(), type(p._asdict()).__name__
print Point._make([7, 8]), Point._make(iter('ab'))
print Point.__doc__
print p.count(1), p.index(2)
print getattr(p, 'x'), sorted(p._asdict().items())

P3 = namedtuple('P3', ['a', 'b', 'c'])
print P3(1, 2, 3), P3._fields
P4 = namedtuple('P4', 'a, b,c')
print P4(1, 2, 3)
E = namedtuple('E', '')
print E(), E._fields, len(E())
R = namedtuple('R', 'class def _x ok', rename=True)
print R._fields
R2 = namedtuple('R2', 'a a b', rename=True)
print R2._fields
U = namedtuple(u'U', [u'f'])
print U(1)

for args in (('Bad Name', 'x'), ('T', 'x x'), ('T', 'class'), ('T', '_x'), ('T', '1x'), ('1T', 'x'), ('T', 'a-b'), ('def', 'x')):
    try:
        namedtuple(*args)
        print args, 'ok'
    except ValueError as e:
        print args, 'ValueError:', e
try:
    Point(1)
except TypeError as e:
    print 'TypeError:', e
try:
    Point(1, 2, 3)
except TypeError as e:
    print 'TypeError:', e
try:
    Point(1, z=2)
except TypeError as e:
    print 'TypeError:', e
try:
    Point._make([1])
except TypeError as e:
    print 'TypeError:', e
try:
    p._replace(z=1)
except ValueError as e:
    print 'ValueError:', e
try:
    p.x = 5
except AttributeError as e:
    print 'AttributeError:', e
try:
    p.z
except AttributeError as e:
    print 'AttributeError:', e
try:
    p.newattr = 1
except AttributeError as e:
    print 'AttributeError:', e

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print v, v.norm2, type(v).__name__, type(v._replace(x=0)).__name__
Point3 = namedtuple('Point3', Point._fields + ('z',))
print Point3(1, 2, 3)
print sorted([Point(2, 1), Point(1, 5), Point(1, 2)])
print dict(a=p)['a'].y
import copy
print copy.copy(p), copy.deepcopy(Point([1], [2]))
print p.__getnewargs__()
print Point.x.__doc__ if hasattr(Point.x, '__doc__') else ''

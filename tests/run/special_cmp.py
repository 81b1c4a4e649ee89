# __cmp__ versus rich comparisons, reflection, NotImplemented, and fallbacks.
class Cmp(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, o):
        calls.append((self.v, getattr(o, 'v', o)))
        return cmp(self.v, getattr(o, 'v', o))
calls = []
a, b = Cmp(1), Cmp(2)
print a < b, a <= b, a == b, a != b, a > b, a >= b
print calls
calls = []
print a == 1, 1 == a, 2 > a, cmp(a, b), cmp(b, 1)
print calls
print [c.v for c in sorted([Cmp(3), Cmp(1), Cmp(2)])]
class Rich(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        calls.append(('lt', self.v, getattr(o, 'v', o)))
        return self.v < getattr(o, 'v', o)
    def __eq__(self, o):
        calls.append(('eq', self.v, getattr(o, 'v', o)))
        return self.v == getattr(o, 'v', o)
r1, r2 = Rich(1), Rich(2)
calls = []
print r1 < r2, calls
calls = []
print r2 > r1, calls     # reflected to r1.__lt__(r2)
calls = []
print r1 == r2, r1 != r2, calls   # no __ne__: falls back to identity comparison in Python 2
calls = []
print 5 > r1, calls      # reflected: r1.__lt__(5)
print [r.v for r in sorted([Rich(3), Rich(1), Rich(2)])]
# both rich and __cmp__: rich comparisons win
class Both(object):
    def __eq__(self, o):
        return 'rich eq'
    def __cmp__(self, o):
        return 0
print Both() == Both(), Both() < Both(), cmp(Both(), Both())
# rich comparison returning NotImplemented falls back to reflected, then __cmp__, then default
class NI(object):
    def __eq__(self, o):
        print 'NI eq'
        return NotImplemented
    def __lt__(self, o):
        print 'NI lt'
        return NotImplemented
    def __cmp__(self, o):
        print 'NI cmp'
        return 0
n = NI()
print n == 1, n < 1
class OnlyNI(object):
    def __eq__(self, o):
        return NotImplemented
x = OnlyNI()
print x == x, x == OnlyNI(), x != x
# comparing different user classes: reflected method on right operand is tried
class L(object):
    def __lt__(self, o):
        return NotImplemented
class R(object):
    def __gt__(self, o):
        return 'R.__gt__ reflected'
print L() < R()
# subclass right operand's reflected method is tried first
class Base(object):
    def __eq__(self, o):
        return 'Base.eq'
class Sub(Base):
    def __eq__(self, o):
        return 'Sub.eq'
print Base() == Sub(), Sub() == Base()
class Base2(object):
    def __lt__(self, o):
        return 'Base2.lt'
class Sub2(Base2):
    def __gt__(self, o):
        return 'Sub2.gt'
print Base2() < Sub2()
# __cmp__ returning non-int values
class BadCmp(object):
    def __cmp__(self, o):
        return 'x'
try:
    BadCmp() < 1
except TypeError as e:
    print type(e).__name__, e
class LongCmp(object):
    def __cmp__(self, o):
        return 10 ** 30
try:
    print LongCmp() > 1
except OverflowError as e:
    print type(e).__name__, e
class FloatCmp(object):
    def __cmp__(self, o):
        return -0.5
try:
    print FloatCmp() < 1
except TypeError as e:
    print type(e).__name__, e
# rich comparison results are not coerced to bool
class Weird(object):
    def __lt__(self, o):
        return [1, 2]
print Weird() < 1, not (Weird() < 1)
# exceptions propagate out of comparisons
class Raising(object):
    def __eq__(self, o):
        raise ValueError('eq failed')
try:
    Raising() == 1
except ValueError as e:
    print type(e).__name__, e
try:
    [Raising()].index(1)
except ValueError as e:
    print type(e).__name__, e
print 1 in [Cmp(0), Cmp(1)]
# cmp() with rich-comparison-only objects
class EqOnly(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
print cmp(EqOnly(1), EqOnly(1)), cmp(EqOnly(1), EqOnly(2)), cmp(EqOnly(3), EqOnly(2))
# max/min use __lt__/__gt__
print max([EqOnly(1), EqOnly(5), EqOnly(3)]).v, min([EqOnly(4), EqOnly(2)]).v

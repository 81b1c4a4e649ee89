# __coerce__ for classic instances: numeric binary operators call it first.
class Num:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        print 'coerce', self.v, type(other).__name__
        if isinstance(other, Num):
            return self, other
        if isinstance(other, (int, long, float)):
            return self, Num(other)
        return None
    def __add__(self, o):
        return Num(self.v + o.v)
    def __sub__(self, o):
        return Num(self.v - o.v)
    def __mul__(self, o):
        return Num(self.v * o.v)
    def __repr__(self):
        return 'Num(%r)' % self.v
print Num(1) + 2
print Num(1) + Num(5)
print 3 - Num(1) if False else Num(10) - 1
try:
    print 2 + Num(1)
except TypeError as e:
    print type(e).__name__, e
try:
    Num(1) + 'x'
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
# coerce returning builtin numbers: the operation is done on them
class ToInt:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        return (self.v, other)
print ToInt(5) + 3, ToInt(5) * 2, ToInt(7) - 10, ToInt(7) % 4, divmod(ToInt(7), 2), ToInt(2) ** 3, ToInt(6) / 4
print 3 + ToInt(5), 10 - ToInt(3), 2 ** ToInt(5) if False else 'skip rpow'
print ToInt(5) & 3, ToInt(5) | 2, ToInt(5) ^ 1, ToInt(1) << 3, ToInt(16) >> 2
# coerce returning NotImplemented
class NI:
    def __coerce__(self, other):
        return NotImplemented
    def __add__(self, o):
        return 'NI add got %s' % type(o).__name__
    def __radd__(self, o):
        return 'NI radd got %s' % type(o).__name__
print NI() + 1, 1 + NI()
# coerce returning a bad value
class Bad:
    def __coerce__(self, other):
        return 5
try:
    Bad() + 1
except TypeError as e:
    print type(e).__name__, e
class Bad2:
    def __coerce__(self, other):
        return (1, 2, 3)
try:
    Bad2() + 1
except TypeError as e:
    print type(e).__name__, e
# the coerce() builtin
print coerce(1, 2.5), coerce(1L, 2), coerce(1, 2), coerce(1j, 1), coerce(True, 2.0)
c = coerce(Num(1), 5)
print c
try:
    coerce(1, 'a')
except TypeError as e:
    print type(e).__name__, e
try:
    coerce('a', 'b')
except TypeError as e:
    print type(e).__name__, e
# new-style classes ignore __coerce__ for operators
class NewCo(object):
    def __coerce__(self, other):
        print 'never called by +'
        return (1, other)
try:
    NewCo() + 1
except TypeError as e:
    print type(e).__name__, e
print coerce(NewCo(), 5)
# comparisons also use coercion for classic instances with __cmp__
class CmpCo:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, o):
        return (self.v, o)
print CmpCo(1) < 2, CmpCo(3) == 3, cmp(CmpCo(5), 4)

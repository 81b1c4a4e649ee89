# New-style classes: attributes, __init__, instance vs class attributes, __dict__, reprs.
class Point(object):
    """A point."""
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point(3, 4)
print p, p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__, Point.__module__
print Point, repr(Point), type(p), type(Point), p.__class__ is Point, type(p).__name__
print sorted(p.__dict__.items()), sorted(k for k in Point.__dict__ if not k.startswith('__'))
print '__init__' in Point.__dict__, '__dict__' in Point.__dict__, '__weakref__' in Point.__dict__
p.dims = 3
print p.dims, Point.dims, Point(0).dims
del p.dims
print p.dims
Point.dims = 10
print p.dims
p.z = 'new attr'
print p.z, 'z' in p.__dict__
p.__dict__['w'] = 'via dict'
print p.w
try:
    p.nope
except AttributeError as e:
    print type(e).__name__, e
try:
    Point.nope
except AttributeError as e:
    print type(e).__name__, e
try:
    Point()
except TypeError as e:
    print type(e).__name__, e
try:
    Point(1, 2, 3)
except TypeError as e:
    print type(e).__name__, e
try:
    Point(1, z=2)
except TypeError as e:
    print type(e).__name__, e
# __init__ must return None
class BadInit(object):
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print type(e).__name__, e
# object() takes no args; classes without __init__ reject args
class Empty(object):
    pass
try:
    Empty(1)
except TypeError as e:
    print type(e).__name__, e
try:
    object(1)
except TypeError as e:
    print type(e).__name__, e
e = Empty()
print type(e).__name__, Empty.__bases__, Empty.__base__, object.__bases__, Empty.__mro__
# class attributes evaluated at class creation
counter = [0]
class Counted(object):
    counter[0] += 1
    n = counter[0]
print Counted.n, counter
# methods are functions in the class dict
def outside(self):
    return 'outside called on ' + type(self).__name__
Point.outside = outside
print p.outside()
# class body is executed like a function: local names, loops, conditionals
class Built(object):
    for i in range(3):
        locals()['attr%d' % i] = i * 10
    if True:
        flag = 'yes'
    del i
print Built.attr0, Built.attr2, Built.flag, hasattr(Built, 'i')
# nested class
class Outer(object):
    class Inner(object):
        val = 'inner'
    def make(self):
        return self.Inner()
print Outer.Inner.val, type(Outer().make()).__name__, Outer.Inner.__name__
# class with __doc__ None, empty body
class NoDoc(object):
    pass
print NoDoc.__doc__, NoDoc.__dict__.get('__doc__', 'absent')
# instance __dict__ replacement
q = Point(1, 2)
q.__dict__ = {'x': 10, 'y': 20}
print q
try:
    q.__dict__ = 5
except TypeError as e:
    print type(e).__name__, e
# identity, equality default
a, b = Point(1, 1), Point(1, 1)
print a == b, a != b, a is b, a == a
# attribute names that are not identifiers via setattr/getattr
setattr(a, 'with space', 1)
print getattr(a, 'with space'), a.__dict__['with space']
try:
    setattr(a, 5, 1)
except TypeError as e:
    print type(e).__name__, e

# __new__ and __init__ interplay, immutable subclasses, singletons, object.__new__ argument checks.
class Tracked(object):
    def __new__(cls, *args, **kw):
        print 'new', cls.__name__, args, sorted(kw.items())
        return super(Tracked, cls).__new__(cls)
    def __init__(self, *args, **kw):
        print 'init', args, sorted(kw.items())
        self.args = args
t = Tracked(1, 2, k=3)
print t.args
# __new__ returning an instance of a subclass still runs __init__
class Parent(object):
    def __new__(cls, kind):
        if kind == 'child':
            return object.__new__(Child)
        return object.__new__(cls)
    def __init__(self, kind):
        self.kind = kind
class Child(Parent):
    pass
c = Parent('child')
print type(c).__name__, c.kind
# __new__ returning non-instance: __init__ skipped
class NotMine(object):
    def __new__(cls):
        return 42
    def __init__(self):
        print 'not called'
print NotMine()
# singleton via __new__
class Single(object):
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print Single() is Single()
# immutable subclass customization needs __new__
class Upper(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
print Upper('abc'), type(Upper('x')).__name__, len(Upper('hello'))
class Pos(int):
    def __new__(cls, v):
        return int.__new__(cls, abs(v))
print Pos(-5), Pos(3) + 1, type(Pos(1)).__name__
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    def __init__(self, a, b):
        self.extra = a + b
p = Pair(2, 3)
print p, p.extra, type(p).__name__
# object.__new__ / __init__ excess-argument rules in 2.7
class OnlyInit(object):
    def __init__(self, a):
        self.a = a
print OnlyInit(1).a
class OnlyNew(object):
    def __new__(cls, a):
        return object.__new__(cls)
print type(OnlyNew(1)).__name__
class Neither(object):
    pass
for call in ('Neither(1)', 'object.__new__(Neither, 1)', 'object.__new__(5)', 'object.__new__(int)', 'object.__new__()',
             'int.__new__(str)', 'str.__new__(int)', 'Neither.__init__(Neither(), 1)', 'object.__init__(Neither(), 1)'):
    try:
        r = eval(call)
        print call, 'ok', type(r).__name__
    except TypeError as e:
        print call, type(e).__name__, e
# __init__ called again explicitly
class Re(object):
    def __init__(self, v=0):
        self.v = v
r = Re(1)
r.__init__(2)
print r.v
# __new__ is a static method implicitly
print type(Tracked.__dict__['__new__']).__name__
# calling type(x)() on builtins
print type(5)(), type('')('x'), type([])((1,)), type({})(a=1), type(1.5)('2'), type(None) is type(None)
try:
    type(None)()
except TypeError as e:
    print type(e).__name__, e
try:
    type(len)()
except TypeError as e:
    print type(e).__name__, e

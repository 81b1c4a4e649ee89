# Function and class decorators.
def trace(f):
    def wrapper(*args, **kw):
        print 'calling', f.__name__, args, sorted(kw.items())
        return f(*args, **kw)
    wrapper.__name__ = 'wrapped_' + f.__name__
    return wrapper

@trace
def add(a, b=0):
    return a + b
print add(1, 2), add(3, b=4)
print add.__name__

# decorator with arguments
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hello(name):
    return 'hi ' + name
print hello('bob')

# stacked decorators apply bottom-up
def tag(t):
    def deco(f):
        def w():
            return '<%s>%s</%s>' % (t, f(), t)
        return w
    return deco

@tag('b')
@tag('i')
def text():
    return 'x'
print text()

# decorator evaluation order: decorator expressions evaluated top-down, applied bottom-up
def loud(name):
    print 'evaluating', name
    def deco(f):
        print 'applying', name
        return f
    return deco

@loud('first')
@loud('second')
def target():
    pass

# decorator returning a non-function
@callable
def five():
    pass
print five

def const(v):
    return lambda f: v
@const(42)
def answer():
    pass
print answer

# decorators with attribute access
class Registry(object):
    def __init__(self):
        self.funcs = []
    def register(self, f):
        self.funcs.append(f.__name__)
        return f
reg = Registry()
@reg.register
def one():
    pass
@reg.register
def two():
    pass
print reg.funcs

# class decorators
def add_attr(cls):
    cls.added = 'yes'
    return cls
@add_attr
class K(object):
    pass
print K.added

def singleton(cls):
    return cls()
@singleton
class Only(object):
    val = 5
print type(Only).__name__, Only.val

# method decorators: staticmethod, classmethod, property
class M(object):
    @staticmethod
    def s(x):
        return 's', x
    @classmethod
    def c(cls, x):
        return cls.__name__, x
    @property
    def p(self):
        return 'prop'
    @repeat(2)
    def m(self, y):
        return y * 2
print M.s(1), M().s(2), M.c(3), M().c(4), M().p, M().m(5)

# decorator preserves/changes func attributes
def keep(f):
    def w(*a):
        return f(*a)
    w.__name__ = f.__name__
    w.__doc__ = f.__doc__
    w.__dict__.update(f.__dict__)
    return w
@keep
def documented():
    "the docs"
documented.extra = 1
print documented.__name__, documented.__doc__, documented.extra

# error in decorator
try:
    @undefined_decorator
    def z():
        pass
except NameError as e:
    print type(e).__name__, e
notcallable = 5
try:
    @notcallable
    def q():
        pass
except TypeError as e:
    print type(e).__name__, e

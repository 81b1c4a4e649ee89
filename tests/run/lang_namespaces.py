# globals(), locals(), vars(), dir() at module, function and class level.
import sys
gk = sorted(k for k in globals().keys())
print gk
print __name__, __doc__, type(__builtins__).__name__

def f(a, b=2):
    c = 3
    print sorted(locals().items())
    loc = locals()
    d = 4
    print sorted(loc.keys())   # snapshot taken before d was bound
    print sorted(locals().keys())
    print 'f' in globals(), 'c' in globals()
f(1)

# modifying locals() in a function does not change the variables
def g():
    x = 1
    locals()['x'] = 2
    return x
print g()

# modifying globals() does
globals()['made_by_globals'] = 'yes'
print made_by_globals

# locals() in class body is the class namespace
class C(object):
    a = 1
    b = 2
    names = sorted(locals().keys())
print C.names

# vars() with an object
class P(object):
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print sorted(vars(p).items())
vars(p)['z'] = 3
print p.z
print vars() is globals()
try:
    vars(5)
except TypeError as e:
    print type(e).__name__, e
try:
    vars(p, p)
except TypeError as e:
    print type(e).__name__, e
print sorted(k for k in vars(P) if not k.startswith('__'))

def h():
    q = 'local q'
    return vars()
print h()

# dir() of various things
print dir()[:3] == sorted(dir())[:3]
def dd():
    z = 1
    y = 2
    return dir()
print dd()

class Base(object):
    base_attr = 1
    def base_m(self):
        pass
class Derived(Base):
    derived_attr = 2
    def __init__(self):
        self.inst = 3
print [n for n in dir(Derived()) if not n.startswith('__')]
print [n for n in dir(Derived) if not n.startswith('__')]
print dir(None)[:5]
print [n for n in dir([]) if not n.startswith('_')]
print [n for n in dir(()) if not n.startswith('_')]
print [n for n in dir({}) if not n.startswith('_')]
print [n for n in dir(1) if not n.startswith('_')]
print [n for n in dir(1.0) if not n.startswith('_')]
print [n for n in dir('') if not n.startswith('_')]

# __dir__ customisation
class Custom(object):
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print dir(Custom())
class BadDir(object):
    def __dir__(self):
        return 42
try:
    dir(BadDir())
except TypeError as e:
    print type(e).__name__, e

# old-style class and instance dir
class Old:
    oa = 1
    def om(self):
        pass
o = Old()
o.ia = 2
print dir(Old), dir(o)

# dir of a module
import math
print 'sqrt' in dir(math), '__name__' in dir(math)

# too many args
try:
    dir(1, 2)
except TypeError as e:
    print type(e).__name__, e
try:
    locals(1)
except TypeError as e:
    print type(e).__name__, e
try:
    globals(1)
except TypeError as e:
    print type(e).__name__, e

# import statements inside functions, methods and classes bind local names.
import sys

def f():
    import math
    return math.sqrt(9.0), 'math' in locals()
print f()
print 'math' in globals()

def g():
    import os.path
    return os.path.join('a', 'b'), sorted(k for k in locals())
print g()
print 'os' in globals()

def h():
    from _imp_pkg import top_mod as tm
    from _imp_pkg.top_mod import func
    return tm.__name__, func(), sorted(locals())
print h()
print h()   # second call: module cached, body not rerun

def uses_global():
    global gm
    import _imp_pkg.sub as gm
uses_global()
print gm.__name__

class C(object):
    import string
    from string import digits as d
    def method(self):
        import _imp_pkg.sub.leaf
        return _imp_pkg.sub.leaf.leaf_value
print C.string.__name__, C.d, C().method()
print 'string' in globals(), hasattr(C, 'string')

def closure():
    import math
    def inner():
        return math.floor(2.5)
    return inner()
print closure()

def late():
    try:
        return math.pi
    except NameError as e:
        return 'NameError: %s' % e
print late()

def conditional(flag):
    if flag:
        import math
    return math.e if flag else 'skipped'
print conditional(True)
try:
    def cond2(flag):
        if flag:
            import math
        return math.floor(1.5)
    cond2(False)
except UnboundLocalError as e:
    print 'UnboundLocalError:', e

def import_in_loop():
    out = []
    for name in ('math', 'cmath', 'string'):
        m = __import__(name)
        out.append(m.__name__)
    return out
print import_in_loop()

def star_import_in_function():
    code = 'def fn():\n    from math import *\n    return pi\n'
    try:
        ns = {}
        exec code in ns
        return ns['fn']()
    except SyntaxError as e:
        return 'SyntaxError: %s' % e.msg
print star_import_in_function()

lam = lambda: __import__('math').floor(3.7)
print lam()
print [__import__(n).__name__ for n in ('sys', 'os')]

# __import__: return value with and without fromlist, levels, and replacing
# __builtin__.__import__ to watch import statements.
import sys, __builtin__

m = __import__('_imp_pkg.sub.leaf')
print m.__name__, m.sub.leaf.leaf_value
m = __import__('_imp_pkg.sub.leaf', globals(), locals(), [])
print m.__name__
m = __import__('_imp_pkg.sub.leaf', globals(), locals(), ['leaf_value'])
print m.__name__
m = __import__('_imp_pkg.sub', fromlist=['leaf'])
print m.__name__, m.leaf.__name__
m = __import__('_imp_pkg', fromlist=['top_mod', 'pkg_value', 'no_such_thing'])
print m.__name__, hasattr(m, 'top_mod'), hasattr(m, 'no_such_thing')
m = __import__('_imp_star_pkg', fromlist=['*'])
print m.__name__, hasattr(m, 'mod_one'), hasattr(m, 'mod_two'), hasattr(m, 'mod_three')
m = __import__('os.path', fromlist=[''])
print m.__name__
m = __import__('math', {}, {}, ['sqrt'], 0)
print m.__name__, m.sqrt(4.0)
m = __import__(name='string')
print m.__name__
try:
    __import__('x', bogus=1)
except TypeError as e:
    print 'TypeError:', e
try:
    __import__()
except TypeError as e:
    print 'TypeError:', e

# hook the import statement
calls = []
orig = __builtin__.__import__
def hook(name, globals=None, locals=None, fromlist=None, level=-1):
    calls.append((name, fromlist, level))
    return orig(name, globals, locals, fromlist, level)
__builtin__.__import__ = hook
try:
    import math
    import os.path
    from _imp_pkg import top_mod
    from _imp_pkg.sub import leaf as lf
    from math import *
    import string as s
finally:
    __builtin__.__import__ = orig
for c in calls:
    print c

def fake(name, *args):
    return 'fake module for %s' % name
__builtin__.__import__ = fake
try:
    import anything_at_all
    print anything_at_all
    import a.b.c
    print a
finally:
    __builtin__.__import__ = orig
# __builtins__ in a namespace given to exec controls its imports
ns = {'__builtins__': {'__import__': fake}}
exec 'import zzz\nresult = zzz' in ns
print ns['result']
print __import__('sys') is sys

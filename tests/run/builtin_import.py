# __import__ builtin: top-level and dotted names, fromlist, level, globals, errors.
m = __import__('math')
print type(m).__name__, m.__name__, m.floor(2.5)
osmod = __import__('os.path')
print osmod.__name__, hasattr(osmod, 'path'), osmod.path.__name__ in ('posixpath', 'os.path')
p = __import__('os.path', globals(), locals(), ['join'])
print p.__name__ in ('posixpath',), p.join('a', 'b')
p2 = __import__('os', fromlist=['path'])
print p2.__name__
s = __import__('sys', {}, {}, [], -1)
print s.__name__
import sys
print __import__('sys') is sys, sys.modules['sys'] is sys
for args in (('no_such_module_xyz',), ('os.no_such_sub',), ('',), (5,), ()):
    try:
        __import__(*args)
    except (ImportError, ValueError, TypeError) as e:
        print args, type(e).__name__, e
try:
    print __import__('math', level=1).__name__
except (ImportError, ValueError) as e:
    print type(e).__name__, e
# import statement forms use the same machinery
import math as mm, os.path as op
from math import floor as fl, ceil
print mm is m, op is osmod.path, fl(1.5), ceil(1.5)
try:
    from math import no_such_name
except ImportError as e:
    print type(e).__name__, e
try:
    import math.nothing
except ImportError as e:
    print type(e).__name__, e
# replacing __builtins__.__import__ affects import statements
import __builtin__
orig = __builtin__.__import__
def spy(name, *args):
    print 'importing', name
    return orig(name, *args)
__builtin__.__import__ = spy
import math
from os import path
__builtin__.__import__ = orig
import math
print 'restored'

# from m import *: __all__, underscore names, packages, errors.
before = set(globals())

from _imp_star_all import *
print sorted(set(globals()) - before - set(['before']))
print public, _private_but_listed, Klass.__name__
try:
    not_listed
except NameError as e:
    print 'NameError:', e

before = set(globals())
from _imp_star_noall import *
print sorted(set(globals()) - before)
print visible, function(), string.digits

try:
    from _imp_star_badall import *
except AttributeError as e:
    print 'AttributeError:', e
print exists

from _imp_star_tupleall import *
print a
try:
    b
except NameError as e:
    print 'NameError:', e

before = set(globals())
from _imp_star_pkg import *
print sorted(set(globals()) - before)
print mod_one.one, mod_two.two, pkg_name
import sys
print '_imp_star_pkg.mod_three' in sys.modules

before = set(globals())
from math import *
new = sorted(set(globals()) - before)
print 'pi' in new, 'sqrt' in new, '__name__' in new, '__doc__' in new
print sqrt(16.0)
# star import overwrites existing names
pi = 'mine'
from math import *
print pi == 3.141592653589793
ns = {}
exec 'from _imp_star_all import *' in ns
print sorted(k for k in ns if k != '__builtins__')

# Importing packages: __init__ runs once, submodules become attributes of
# their parents, dotted imports bind the top name.
import sys

print '_imp_pkg' in sys.modules
import _imp_pkg
print _imp_pkg.__name__, _imp_pkg.pkg_value, _imp_pkg.__doc__
print type(_imp_pkg).__name__, hasattr(_imp_pkg, '__path__'), type(_imp_pkg.__path__).__name__
print hasattr(_imp_pkg, 'top_mod')
import _imp_pkg
print 'second import runs nothing'
import _imp_pkg.top_mod
print _imp_pkg.top_mod.func(), _imp_pkg.top_mod.__name__
print hasattr(_imp_pkg, 'top_mod'), sys.modules['_imp_pkg.top_mod'] is _imp_pkg.top_mod
import _imp_pkg.sub.leaf
print _imp_pkg.sub.leaf.leaf_value, _imp_pkg.sub.sub_value
print _imp_pkg.sub.leaf.__name__, _imp_pkg.sub.__name__
import _imp_pkg.sub.deep.bottom
print _imp_pkg.sub.deep.bottom.where
print sorted(k for k in sys.modules if k.startswith('_imp_pkg') and sys.modules[k] is not None)
import _imp_pkg.sub.deep.bottom as b
print b.where, b is _imp_pkg.sub.deep.bottom
import _imp_pkg.sub as s, _imp_pkg.top_mod as t
print s.sub_value, t.func()
del _imp_pkg
try:
    _imp_pkg
except NameError as e:
    print 'NameError:', e
import _imp_pkg.sub
print _imp_pkg.sub.sub_value
# a package attribute can be shadowed by assignment
_imp_pkg.top_mod = 'replaced'
import _imp_pkg.top_mod
print _imp_pkg.top_mod
from _imp_pkg import top_mod
print top_mod
print type(sys.modules['_imp_pkg.top_mod']).__name__

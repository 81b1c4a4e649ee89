# from-imports: names, submodules, aliases, and what gets bound.
import sys

from _imp_pkg import top_mod
print top_mod.__name__, top_mod.func()
print '_imp_pkg' in dir(), '_imp_pkg' in sys.modules
from _imp_pkg.top_mod import func, Klass as K, counter
print func(), K.__name__, K.__module__, counter
from _imp_pkg import sub
print sub.sub_value, hasattr(sub, 'leaf')
from _imp_pkg.sub import leaf
print leaf.leaf_value, hasattr(sub, 'leaf'), sub.leaf is leaf
from _imp_pkg.sub.deep import bottom as btm
print btm.where
from _imp_pkg import pkg_value, top_mod as tm2
print pkg_value, tm2 is top_mod
from _imp_pkg.sub import (leaf as l2,
                          sub_value)
print l2 is leaf, sub_value
# from-import takes a snapshot of the value
import _imp_pkg.top_mod as tm
tm.counter = 5
print counter, tm.counter
from _imp_pkg.top_mod import counter
print counter
# from os import path: the submodule-like attribute
from os import path, sep
print path.__name__, sep
from os.path import join as j
print j('a', 'b')
try:
    from _imp_pkg import missing_name
except ImportError as e:
    print 'ImportError:', e
try:
    from _imp_pkg.top_mod import missing_name
except ImportError as e:
    print 'ImportError:', e
try:
    from _imp_pkg.nosuchsub import x
except ImportError as e:
    print 'ImportError:', e
try:
    from math import nosuchname
except ImportError as e:
    print 'ImportError:', e

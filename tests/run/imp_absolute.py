# from __future__ import absolute_import against Python 2's implicit
# relative imports.
import sys
import _imp_abs.implicit as imp
print imp.result, imp.name
import _imp_abs.explicit as exp
print exp.result, exp.name, exp.local, exp.dotted, exp.has_sqrt
import _imp_abs.from_implicit as fi
print fi.who
import math
print hasattr(math, 'who'), math.__name__
print sys.modules['_imp_abs.math'] is exp.local_math
print sys.modules['math'] is math
# in the main script, absolute and implicit are the same thing
print __name__

# Relative imports inside packages: from . import x, from .. import y,
# from .mod import name, and their errors.
import sys

import _imp_rel.inner
import _imp_rel.inner.user as user
for r in user.results:
    print r
import _imp_rel.inner.core.engine as engine
print engine.run()
try:
    engine.too_far()
except ValueError as e:
    print 'ValueError:', e
print _imp_rel.inner.__package__, _imp_rel.__package__
print _imp_rel.inner.core.engine.__package__
# relative import in a script (no package)
try:
    exec 'from . import something'
except ValueError as e:
    print 'ValueError:', e
try:
    exec 'from .x import y'
except ValueError as e:
    print 'ValueError:', e
try:
    __import__('util', globals(), {}, ['helper'], 1)
except ValueError as e:
    print 'ValueError:', e
# level=1 relative to a package given by __name__/__package__ in globals
g = {'__name__': '_imp_rel.inner.user', '__package__': '_imp_rel.inner'}
m = __import__('sibling', g, {}, ['sib_value'], 1)
print m.__name__, m.sib_value
m = __import__('', g, {}, ['sibling'], 2)
print m.__name__
g2 = {'__name__': '_imp_rel.inner'}
g2['__path__'] = ['x']
m = __import__('sibling', g2, {}, ['x'], 1)
print m.__name__
print __package__, __name__

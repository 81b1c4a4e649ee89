# Circular imports: a module sees the partly initialised module object.
import sys

import _imp_circ_a
print _imp_circ_a.a_func()
import _imp_circ_b
print _imp_circ_b.b_func()
print _imp_circ_b._imp_circ_a is _imp_circ_a

# from-import of a name not defined yet fails in the cycle
try:
    import _imp_circ_c
except ImportError as e:
    print 'ImportError:', e
print '_imp_circ_c' in sys.modules, '_imp_circ_d' in sys.modules
print sorted(k for k in sys.modules if k.startswith('_imp_circ'))

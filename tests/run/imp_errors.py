# ImportError and other import failures with CPython's messages.
import sys

def t(stmt):
    try:
        exec stmt in {}
        print stmt, '-> ok'
    except Exception as e:
        print stmt, '->', type(e).__name__ + ':', e

t('import _imp_no_such_module')
t('import _imp_no_such_module.sub')
t('import _imp_pkg.no_such_sub')
t('import _imp_pkg.sub.no_such_leaf')
t('import _imp_pkg.top_mod.not_a_package')
t('import os.no_such')
t('import math.sqrt')
t('from _imp_pkg import no_such_name')
t('from _imp_pkg.sub import no_such_name, leaf')
t('from _imp_pkg.no_such_sub import x')
t('from _imp_no_such_module import x')
t('from os import no_such_name')
t('from sys import no_such_name')
t('from math import sqrt, no_such_name')
t('import _imp_pkg as p, _imp_no_such_module as q')
t('import _imp_raises_value')
t('import _imp_raises_import')
t('import _imp_syntax_error')
t('from __future__ import braces')
t('from __future__ import no_such_feature')
def u(*args):
    try:
        r = __import__(*args)
        print '__import__%r -> %s' % (args, r.__name__)
    except Exception as e:
        print '__import__%r -> %s: %s' % (args, type(e).__name__, e)
u('')
u('_imp_no_such_module')
u(5)
u(None)
u('a..b')
u('.relative')
t('import _imp_raises_value')
print '_imp_raises_value' in sys.modules
u(u'_imp_pkg')
u('sys', {}, {}, ['no_such_name'])
u('_imp_pkg', {}, {}, ['no_such_sub'])
print issubclass(ImportError, StandardError), ImportError.__mro__[1].__name__
e = ImportError('custom', 'args')
print e.args, str(e)
print [k for k in sorted(sys.modules) if k.startswith('_imp_') and sys.modules[k] is not None]

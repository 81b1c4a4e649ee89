# reload(): re-runs the module body in the same module object.
import os, sys

import _imp_counted
_imp_counted.extra = 'kept across reload'
old_value = _imp_counted.value
r = reload(_imp_counted)
print r is _imp_counted
print _imp_counted.extra, _imp_counted.value is old_value, _imp_counted.value
print sys.modules['_imp_counted'] is _imp_counted

import _imp_pkg.top_mod
_imp_pkg.top_mod.counter = 99
reload(_imp_pkg.top_mod)
print _imp_pkg.top_mod.counter
reload(_imp_pkg)
print _imp_pkg.pkg_value, hasattr(_imp_pkg, 'top_mod')

# a module whose source changes between reloads
d = os.path.join(os.environ.get('TMPDIR') or '/tmp', 'pystm_imp_reload_%d' % os.getpid())
os.mkdir(d)
src = os.path.join(d, 'reloadme_mod.py')
def write(text):
    f = open(src, 'w')
    f.write(text)
    f.close()
try:
    write('version = 1\ndef f():\n    return "old f"\nonly_in_v1 = True\n')
    sys.path.insert(0, d)
    import reloadme_mod
    f_before = reloadme_mod.f
    print reloadme_mod.version, reloadme_mod.f()
    write('version = 2\ndef f():\n    return "new f"\n')
    reload(reloadme_mod)
    print reloadme_mod.version, reloadme_mod.f(), f_before(), reloadme_mod.only_in_v1
    from reloadme_mod import version
    print version
    write('version = 3\nraise ValueError("broken on reload")\n')
    try:
        reload(reloadme_mod)
    except ValueError as e:
        print 'ValueError:', e
    print reloadme_mod.version, 'reloadme_mod' in sys.modules
    write('version = (\n')
    try:
        reload(reloadme_mod)
    except SyntaxError as e:
        print 'SyntaxError:', e.msg, e.lineno
    print reloadme_mod.version
    os.remove(src)
    try:
        reload(reloadme_mod)
    except ImportError as e:
        print 'ImportError:', e
finally:
    sys.path.remove(d)
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)

for bad in (5, 'sys', None):
    try:
        reload(bad)
    except TypeError as e:
        print 'TypeError:', e
import types
m = types.ModuleType('_imp_not_in_sys_modules')
try:
    reload(m)
except ImportError as e:
    print 'ImportError:', e
print reload(sys) is sys
import math
print reload(math) is math, math.sqrt(4.0)

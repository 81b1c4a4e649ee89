# reload(): re-executes a module's code in the same module dict, returns the module; errors.
import _builtin_reload_mod as m
print m.loads, m.f()
m.extra = 'kept across reload'
old_f = m.f
r = reload(m)
print r is m, m.loads, m.extra, m.f is old_f, m.f()
reload(m)
print m.loads
import _builtin_reload_mod
print _builtin_reload_mod is m, m.loads
for bad in (5, 'name', None):
    try:
        reload(bad)
    except TypeError as e:
        print type(e).__name__, e
try:
    reload()
except TypeError as e:
    print type(e).__name__, e
import sys
print reload(sys) is sys

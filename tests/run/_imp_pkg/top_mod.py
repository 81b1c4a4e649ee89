"""_imp_pkg.top_mod: a plain module in the package."""
print 'running _imp_pkg/top_mod.py as', __name__
counter = 0

def func():
    return 'top_mod.func'

class Klass(object):
    pass

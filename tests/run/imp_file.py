# __file__, __name__, __package__, __path__ and __doc__ of modules and packages;
# only base names of paths are printed.
import os, sys

def base(p):
    return os.path.basename(p)

print __file__
print '__file__' in globals(), __doc__ is None
import _imp_pkg
print base(_imp_pkg.__file__), os.path.basename(os.path.dirname(_imp_pkg.__file__))
print [base(p) for p in _imp_pkg.__path__], len(_imp_pkg.__path__)
print os.path.isabs(_imp_pkg.__file__) == os.path.isabs(sys.path[0])
print os.path.dirname(_imp_pkg.__path__[0]) == os.path.dirname(os.path.dirname(_imp_pkg.__file__))
import _imp_pkg.top_mod, _imp_pkg.sub.leaf
print base(_imp_pkg.top_mod.__file__), base(_imp_pkg.sub.__file__), base(_imp_pkg.sub.leaf.__file__)
print base(os.path.dirname(_imp_pkg.sub.leaf.__file__))
print [base(p) for p in _imp_pkg.sub.__path__]
print hasattr(_imp_pkg.top_mod, '__path__')
print _imp_pkg.__name__, _imp_pkg.sub.__name__, _imp_pkg.sub.leaf.__name__
print _imp_pkg.__doc__
print _imp_pkg.top_mod.__doc__
print _imp_pkg.sub.__doc__
print repr(_imp_pkg.__package__), repr(_imp_pkg.top_mod.__package__), repr(__package__)
import _imp_rel.inner.user
print repr(_imp_rel.inner.user.__package__), repr(_imp_rel.inner.__package__)
import _imp_mainguard
print base(_imp_mainguard.__file__)
print sorted(k for k in vars(_imp_mainguard) if k.startswith('__'))
print sorted(k for k in vars(_imp_pkg) if k.startswith('__'))
print '__builtins__' in vars(_imp_mainguard)
print hasattr(sys, '__file__')
# the __file__ of the script is the path it was run with
print sys.argv[0] == __file__
print repr(_imp_pkg)[:18]

# sys.modules caching and identity of imported modules.
import sys

import _imp_counted
import _imp_counted
import _imp_counted as again
from _imp_counted import value
print _imp_counted is again, value is _imp_counted.value
print sys.modules['_imp_counted'] is _imp_counted
_imp_counted.value.append(1)
import _imp_counted as third
print third.value
m = __import__('_imp_counted')
print m is _imp_counted
# removing the entry makes the next import run the body again: a new module
del sys.modules['_imp_counted']
import _imp_counted as fresh
print fresh is again, fresh.value, again.value
print sys.modules['_imp_counted'] is fresh

# a module that replaces itself in sys.modules
import _imp_replaces_self
print type(_imp_replaces_self).__name__, _imp_replaces_self.kind, _imp_replaces_self.anything
from _imp_replaces_self import whatever
print whatever

# put an object in sys.modules by hand
class Fake(object):
    attr = 'fake attr'
sys.modules['_imp_fake_module'] = Fake()
import _imp_fake_module
from _imp_fake_module import attr
print type(_imp_fake_module).__name__, attr
try:
    from _imp_fake_module import nope
except ImportError as e:
    print 'ImportError:', e

# module objects: attributes, __dict__, dir
import types
mod = types.ModuleType('_imp_made', 'made by hand')
exec 'x = 1\ndef f():\n    return x + 1\n' in mod.__dict__
sys.modules['_imp_made'] = mod
import _imp_made
print _imp_made.f(), _imp_made.__doc__, sorted(k for k in vars(_imp_made) if not k.startswith('__'))
print repr(_imp_made)
print '_imp_made' in sys.modules
# a package's submodule entry and attribute
import os.path
print sys.modules['os.path'] is os.path, sys.modules['os'] is os
print repr(sys.modules['sys'])
print repr(sys.modules['__builtin__'])
print type(sys.modules['__main__']).__name__, sys.modules['__main__'].__name__

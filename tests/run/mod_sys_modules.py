# sys.modules: the cache of imported modules.
import sys

print type(sys.modules).__name__
print 'sys' in sys.modules
print '__builtin__' in sys.modules
print '__main__' in sys.modules
print sys.modules['__main__'] is sys.modules[__name__]
print sys.modules['sys'] is sys
main = sys.modules['__main__']
X = 10
print main.X
main.Y = 20
print Y
print 'mod_sys_modules_fake' in sys.modules

import types
m = types.ModuleType('mod_sys_modules_fake', 'a doc')
m.answer = 42
sys.modules['mod_sys_modules_fake'] = m
import mod_sys_modules_fake
print mod_sys_modules_fake is m
print mod_sys_modules_fake.answer, mod_sys_modules_fake.__doc__, mod_sys_modules_fake.__name__
from mod_sys_modules_fake import answer
print answer
del sys.modules['mod_sys_modules_fake']
try:
    import mod_sys_modules_fake
except ImportError as e:
    print 'ImportError:', e

# A non-module object in sys.modules is returned by import as it is.
class Thing(object):
    value = 'thing'
sys.modules['mod_sys_modules_thing'] = Thing()
import mod_sys_modules_thing
print type(mod_sys_modules_thing).__name__, mod_sys_modules_thing.value
del sys.modules['mod_sys_modules_thing']

# None in sys.modules makes the import fail.
sys.modules['mod_sys_modules_none'] = None
try:
    import mod_sys_modules_none
except ImportError as e:
    print 'ImportError:', e
del sys.modules['mod_sys_modules_none']

import math
print sys.modules['math'] is math
m1 = sys.modules['math']
del sys.modules['math']
import math as math2
print math2.sqrt(16.0)
print math2.pi == m1.pi
import os.path
print 'os.path' in sys.modules, 'os' in sys.modules
print sys.modules['os.path'] is os.path
print sorted(k for k in ('sys', 'os', 'math', 'nonexistent_mod') if k in sys.modules)

# The names in __builtin__ and the types of the built-in functions and types.
import __builtin__
# copyright, credits, exit, help, license and quit are added by the site module, not __builtin__ itself.
site_names = set(['copyright', 'credits', 'exit', 'help', 'license', 'quit'])
names = sorted(n for n in dir(__builtin__) if not n.startswith('_') and n not in site_names)
print len(names)
for n in names:
    obj = getattr(__builtin__, n)
    print n, type(obj).__name__
print sorted(n for n in dir(__builtin__) if n.startswith('_'))
print __builtins__ is __builtin__, __builtin__.__name__, __builtin__.len is len, __builtin__.True is True
# builtins can be shadowed and restored
__builtin__.myglobal = 'visible everywhere'
print myglobal
del __builtin__.myglobal
try:
    myglobal
except NameError as e:
    print type(e).__name__, e

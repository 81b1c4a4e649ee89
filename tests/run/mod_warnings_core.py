# The core of warnings (the _warnings module): argument checking of warn and
# warn_explicit, where a warning is attributed (stacklevel, __file__,
# __name__, sys.argv[0], the sys module past the outermost frame), the
# registries, the filters' and showwarning's errors, and a warning made an
# error (its traceback has no frame inside warnings).
import sys
import warnings
import _warnings


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print 'ok', r
    except Exception as e:
        print type(e).__name__, e


print sorted(k for k in vars(_warnings) if not k.startswith('__'))
print _warnings.filters is warnings.filters, _warnings.default_action
print _warnings.once_registry is warnings.onceregistry
print warnings.warn is _warnings.warn, type(warnings.warn).__name__
print warnings.warn_explicit.__name__, warnings.warn.__module__
print [(f[0], f[2].__name__) for f in _warnings.filters]

# Arguments.
log = []
def record(message, category, filename, lineno, *rest):
    log.append((str(message), category.__name__, filename, lineno, rest))
warnings.showwarning = record
warnings.simplefilter('always')
attempt(warnings.warn)
attempt(warnings.warn, 'x', UserWarning, 1, 2)
attempt(warnings.warn, 'x', nope=1)
attempt(warnings.warn, 'x', stacklevel=1.5)
attempt(warnings.warn, 'x', stacklevel='1')
attempt(warnings.warn, 'x', stacklevel=10 ** 30)
attempt(warnings.warn, 'x', None)
attempt(warnings.warn, 'x', 5)
attempt(warnings.warn, 'x', int)
attempt(warnings.warn, 'x', ValueError)
attempt(warnings.warn, 'level 0', stacklevel=0)
attempt(warnings.warn, 'level -3', stacklevel=-3)
attempt(warnings.warn, 5)
attempt(warnings.warn, None)
attempt(warnings.warn, RuntimeWarning('instance'), UserWarning)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py')
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 1.5)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', '3')
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 2 ** 31)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', -2 ** 31 - 1)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 10 ** 20)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 2 ** 31 - 1)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', True)
class Seven(object):
    def __int__(self):
        return 7
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', Seven())
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 3, registry=[])
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 3, registry=None)
attempt(warnings.warn_explicit, 'x', UserWarning, 5, 3)
attempt(warnings.warn_explicit, 'x', UserWarning, '', 3)
attempt(warnings.warn_explicit, 'x', UserWarning, u'f\xe9.py', 3)
attempt(warnings.warn_explicit, 'x', UserWarning, u'uni.py', 3)
attempt(warnings.warn_explicit, 'x', int, 'f.py', 3)
attempt(warnings.warn_explicit, 'x', None, 'f.py', 3)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 3, 'mod', {}, 5)
for entry in log:
    print entry
del log[:]

# Where a warning comes from.
def run(src, g):
    try:
        exec src in g
    except Exception as e:
        print type(e).__name__, e
    print log.pop() if log else None, sorted(k for k in g if k != '__builtins__')
code = "import warnings; warnings.warn('w')"
run(code, {})
run(code, {'__name__': 'named'})
run(code, {'__name__': 'm', '__file__': 'dir/x.PYC'})
run(code, {'__name__': 'm', '__file__': 'dir/x.pyo'})
run(code, {'__name__': 'm', '__file__': 'x.pyw'})
run(code, {'__name__': 'm', '__file__': 'c'})
run(code, {'__name__': 'm', '__file__': 5})
run(code, {'__name__': 'm', '__file__': u'u.pyc'})
run(code, {'__name__': '__main__'})
argv = sys.argv
sys.argv = ['']
run(code, {'__name__': '__main__'})
sys.argv = []
run(code, {'__name__': '__main__'})
sys.argv = ('tuple.py',)
run(code, {'__name__': '__main__'})
del sys.argv
run(code, {'__name__': '__main__'})
sys.argv = argv
run(code, {'__warningregistry__': 5})
run(code, {'__warningregistry__': None})
run("import warnings; warnings.warn('far', stacklevel=50)", {})
print sys.__dict__.get('__warningregistry__')
def inner():
    warnings.warn('blame the caller', stacklevel=2)
def outer():
    inner()
outer()
print log.pop()

# Registries.
warnings.resetwarnings()
print __warningregistry__
def default_twice():
    for i in range(2):
        warnings.warn('twice')
default_twice()
print len(log), sorted(__warningregistry__.items())
__warningregistry__.clear()
default_twice()
print len(log)
warnings.simplefilter('ignore')
warnings.warn('ignored')
print sorted(__warningregistry__.items())
warnings.resetwarnings()
warnings.simplefilter('module')
warnings.warn('mod')
warnings.warn('mod')
def other_line():
    warnings.warn('mod')
other_line()
print sorted(__warningregistry__.items())
reg = {('r', UserWarning, 1): 0}
warnings.warn_explicit('r', UserWarning, 'f.py', 1, registry=reg)
warnings.warn_explicit('r', UserWarning, 'f.py', 2, registry=reg)
print sorted(reg.items())
warnings.warn_explicit('no registry', UserWarning, 'f.py', 1)
warnings.warn_explicit('no registry', UserWarning, 'f.py', 1)
warnings.resetwarnings()
warnings.simplefilter('once')
warnings.warn_explicit('o', UserWarning, 'f.py', 1)
warnings.warn_explicit('o', UserWarning, 'f.py', 2)
print warnings.onceregistry
warnings.onceregistry = []
attempt(warnings.warn_explicit, 'o2', UserWarning, 'f.py', 1)
warnings.warn('module registry, not onceregistry')
warnings.onceregistry = {}
print len(log), log[-1][0]
del log[:]
warnings.resetwarnings()
attempt(warnings.warn, [1])
warnings.simplefilter('always')
attempt(warnings.warn, [2])
class Text(UserWarning):
    def __str__(self):
        return u'text'
reg = {}
warnings.simplefilter('default')
warnings.warn_explicit(Text('t'), RuntimeWarning, 'f.py', 1, registry=reg)
print reg.keys(), log.pop()
class BadText(UserWarning):
    def __str__(self):
        return u'\xe9'
attempt(warnings.warn_explicit, BadText('t'), RuntimeWarning, 'f.py', 1)

# The filters.
saved = warnings.filters
count = [0]
def with_filters(filters):
    # A new text each time: the registry must not hide the warning.
    count[0] += 1
    warnings.filters = filters
    attempt(warnings.warn, 'f%d' % count[0])
with_filters((1, 2))
with_filters([1])
with_filters([(1, 2)])
with_filters([['error', None, Warning, None, 0]])
with_filters([(5, None, Warning, None, 0)])
with_filters([(5, None, RuntimeWarning, None, 0)])
with_filters([('bogus', None, Warning, None, 0)])
with_filters([(u'error', None, Warning, None, 0)])
with_filters([('error', 5, Warning, None, 0)])
with_filters([('error', None, 5, None, 0)])
with_filters([('error', None, Warning, None, 'x')])
with_filters([('error', None, Warning, None, 10 ** 30)])
with_filters([('error', 5, 5, None, 'x')])
with_filters([('error', None, (RuntimeWarning, UserWarning), None, 0)])
with_filters([('error', None, Warning, None, 2.9)])
class Pattern(object):
    def __init__(self, result):
        self.result = result
    def match(self, s):
        print 'match', repr(s)
        return self.result
with_filters([('error', Pattern(0), Warning, None, 0),
              ('ignore', None, Warning, Pattern(1), 0)])
with_filters([('error', None, Warning, Pattern(1), 0)])
print log
del log[:]
with_filters([('error', None, RuntimeWarning, None, 0)])
warnings.defaultaction = 'bogus'
attempt(warnings.warn, 'g1')
warnings.filters = []
attempt(warnings.warn, 'g2')
warnings.defaultaction = 5
attempt(warnings.warn, 'g3')
warnings.defaultaction = 'error'
attempt(warnings.warn, 'g4')
del warnings.defaultaction
attempt(warnings.warn, 'still error: the last default action seen')
warnings.defaultaction = 'default'
warnings.filters = saved

# showwarning.
warnings.simplefilter('always')
class Shower(object):
    def method(self, *args):
        print 'method', args[1].__name__, args[2:]
for show in (len, 5, Pattern(1)):
    warnings.showwarning = show
    attempt(warnings.warn, 'h')
warnings.showwarning = Shower().method
attempt(warnings.warn, 'h')
def failing(*args):
    raise KeyError('from showwarning')
warnings.showwarning = failing
attempt(warnings.warn, 'h')
warnings.showwarning = warnings._show_warning
sys.stderr = sys.stdout
warnings.warn('on stdout now')
class Loader(object):
    def get_source(self, name):
        return 'first\n   second line  \nthird'
g = {'__loader__': Loader(), '__name__': 'zz'}
warnings.warn_explicit('from the loader', UserWarning, 'zz.py', 2, module_globals=g)
attempt(warnings.warn_explicit, 'past the end', UserWarning, 'zz.py', 9, module_globals=g)
sys.stderr = sys.__stderr__

# A warning made an error: nothing of warnings in the traceback.
warnings.simplefilter('error')
def deep():
    warnings.warn('raised from deep', RuntimeWarning, 2)
def caller():
    deep()
caller()

# warnings: filters, registries, output format, catch_warnings, -W options.
import warnings, sys
sys.stderr = sys.stdout
print warnings.filters
print warnings.defaultaction, warnings.onceregistry
def f():
    warnings.warn('hello')
f(); f()
print __warningregistry__
warnings.warn('x', DeprecationWarning)
print __warningregistry__
for cat in [int, 'str', None, Warning]:
    try: warnings.warn('m', cat)
    except Exception as e: print type(e).__name__, e
warnings.simplefilter('once')
warnings.warn('o1'); warnings.warn('o1')
print warnings.onceregistry
warnings.simplefilter('module')
warnings.warn('mod1'); warnings.warn('mod1')
print sorted(__warningregistry__.items())
warnings.warn_explicit('expl', UserWarning, 'foo.py', 3)
warnings.warn_explicit('expl', UserWarning, 'foo.py', 3, registry={})
warnings.warn_explicit('expl2', UserWarning, 'foo.py', 3, module='mm', registry={})
try: warnings.warn_explicit('e', UserWarning, 'f', 'x')
except Exception as e: print type(e).__name__, e
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try: warnings.warn('bog')
except Exception as e: print type(e).__name__, e
del warnings.filters[0]
warnings.simplefilter('error')
try: warnings.warn('err')
except Exception as e: print type(e).__name__, e
try: warnings.warn(DeprecationWarning('inst'))
except Exception as e: print type(e).__name__, e, e.args
warnings.simplefilter('always')
warnings.warn('deep', stacklevel=10)
warnings.warn(u'uni\xe9')
warnings.warn('x\xe9')
warnings.warn(RuntimeWarning(1, 2))
warnings.warn_explicit(UserWarning('ww'), None, '', 0)
warnings.warn_explicit('m', RuntimeWarning, 'foo.pyc', 0, module=None)
exec "warnings.warn('in exec')"
exec "warnings.warn('in exec2')" in {'warnings': warnings}
exec "warnings.warn('in exec3')" in {'warnings': warnings, '__name__': '__main__'}
exec "warnings.warn('in exec4')" in {'warnings': warnings, '__file__': 'zzq.pyc'}
def g(): warnings.warn('inner', stacklevel=2)
g()
print warnings.formatwarning('msg', UserWarning, 'file.py', 5)
print repr(warnings.formatwarning(u'msg\xe9', UserWarning, 'file.py', 5, 'the line  '))
print repr(warnings.formatwarning('msg', UserWarning, 'w1.py', 2))
with warnings.catch_warnings(record=True) as w:
    warnings.warn('rec')
    print len(w), w[0].message, w[0].category, w[0].filename, w[0].lineno, w[0].line, w[0].file
    print str(w[0])[:60]
print warnings.catch_warnings(), warnings.catch_warnings(record=True)
cw = warnings.catch_warnings()
try: cw.__exit__()
except Exception as e: print e
cw.__enter__()
try: cw.__enter__()
except Exception as e: print e
cw.__exit__()
for bad in [('bad',), ('ignore', 1), ('ignore', '', int), ('ignore', '', Warning, 1), ('ignore','',Warning,'',-1), ('ignore','',Warning,'',1.0)]:
    try: warnings.filterwarnings(*bad)
    except Exception as e: print type(e).__name__, e
for bad in [('bad',), ('ignore', int), ('ignore', Warning, -1)]:
    try: warnings.simplefilter(*bad)
    except Exception as e: print type(e).__name__, e
warnings.resetwarnings(); print warnings.filters
warnings.filterwarnings('ignore', 'hel+o', UserWarning, '__ma')
warnings.filterwarnings('error', '', Warning, '', 0, True)
print [(a, m and m.pattern, c, mo and mo.pattern, l) for a,m,c,mo,l in warnings.filters]
warnings.warn('HELLO there')
try: warnings.warn('other')
except UserWarning as e: print 'raised', e
warnings.warnpy3k('p3k')
print warnings.__all__
warnings._setoption('ignore::DeprecationWarning:foo.bar:5')
print warnings.filters[0][0], warnings.filters[0][1].pattern, warnings.filters[0][3].pattern
for o in ['a:b:c:d:e:f', 'bogus', '::NoSuchWarning', '::int', ':::: -1', 'i::UserWarning', 'all', '::exceptions.RuntimeWarning', '::nomod.X', '::os.Foo']:
    try: warnings._setoption(o); print warnings.filters[0][:1]
    except warnings._OptionError as e: print 'OptionError', e
warnings._processoptions(['bogus', 'e'])
warnings.simplefilter('always')
warnings.warn('level0', stacklevel=0)
warnings.warn('level-5', UserWarning, -5)
old = warnings.showwarning
warnings.showwarning = len
try: warnings.warn('notfunc')
except Exception as e: print type(e).__name__, e
class Shower(object):
    def show(self, *args):
        print 'shown', args[0], args[1].__name__, args[3]
warnings.showwarning = Shower().show
warnings.warn('by method')
warnings.showwarning = old
warnings.filters.insert(0, ('ignore', None, Warning))
try: warnings.warn('bad filter')
except Exception as e: print type(e).__name__, e
del warnings.filters[0]
try: warnings.warn_explicit('r', UserWarning, 'f.py', 1, registry=[])
except Exception as e: print type(e).__name__, e
warnings.warn_explicit('none reg', UserWarning, 'f.PY', 1, registry=None)
warnings.simplefilter('once')
warnings.warn_explicit('once-none', UserWarning, 'f.py', 1)
warnings.warn_explicit('once-none', UserWarning, 'f.py', 2)
print warnings.onceregistry
warnings.simplefilter('module')
reg = {}
warnings.warn_explicit('modr', UserWarning, 'f.py', 1, registry=reg)
warnings.warn_explicit('modr', UserWarning, 'f.py', 2, registry=reg)
print sorted(reg.items())
warnings.defaultaction = 'ignore'
warnings.resetwarnings()
warnings.warn('silent')
warnings.defaultaction = 'default'
print warnings.WarningMessage('m', None, 'f', 1), \
    str(warnings.WarningMessage('m', UserWarning, 'f', 1, None, 'ln'))
import sys
sys.stderr = sys.__stderr__
class BadFile(object):
    def write(self, s):
        raise IOError('nope')
warnings.showwarning('lost', UserWarning, 'f.py', 1, BadFile())
warnings.showwarning('to stdout', UserWarning, 'f.py', 1, sys.stdout, 'src')

# warnings.catch_warnings: record=True, restoring filters and showwarning,
# formatwarning, showwarning replacement, warn_explicit.
import warnings, sys

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', RuntimeWarning)
    warnings.warn('deprecated now recorded', DeprecationWarning)
    print len(w)
    for m in w:
        print type(m).__name__, m.category.__name__, str(m.message), type(m.message).__name__, m.filename, m.lineno, m.line
    print str(w[0])
print 'filters restored:', [(f[0], f[2].__name__) for f in warnings.filters]

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('ignored, not recorded')
    print len(w)
with warnings.catch_warnings(record=False) as w:
    print w
    warnings.simplefilter('error')
    try:
        warnings.warn('error inside')
    except UserWarning as e:
        print 'raised:', e
warnings.warn('after the block: printed once to stderr')

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    def loop():
        for i in range(3):
            warnings.warn('loop')
    loop()
    print len(w), [str(m.message) for m in w]

# showwarning can be replaced
seen = []
def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, filename, lineno))
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn('to my_show')
warnings.showwarning = old
print seen
print repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10))
print repr(warnings.formatwarning('msg', RuntimeWarning, 'file.py', 3, 'code line'))
print repr(warnings.formatwarning(UserWarning('inst'), UserWarning, 'f.py', 1, ''))
warnings.showwarning('shown directly', UserWarning, 'somefile.py', 7, sys.stdout, 'the line')
warnings.showwarning('shown directly', UserWarning, 'somefile.py', 7, sys.stdout)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', UserWarning, 'fake.py', 42)
    warnings.warn_explicit('explicit module', SyntaxWarning, 'fake.py', 43, module='fakemod')
    warnings.warn_explicit(UserWarning('instance given'), RuntimeWarning, 'fake.py', 44)
    for m in w:
        print m.category.__name__, m.message, m.filename, m.lineno
reg = {}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    warnings.warn_explicit('with registry', UserWarning, 'r.py', 1, registry=reg)
    warnings.warn_explicit('with registry', UserWarning, 'r.py', 1, registry=reg)
    print len(w), sorted(reg.items())

# nesting restores each level
with warnings.catch_warnings():
    warnings.simplefilter('error')
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        warnings.warn('inner ignored')
    try:
        warnings.warn('outer error')
    except UserWarning as e:
        print 'outer raised:', e
cw = warnings.catch_warnings()
print repr(cw)
try:
    cw.__exit__()
except RuntimeError as e:
    print 'RuntimeError:', e
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print 'RuntimeError:', e
cw.__exit__()
print 'end'

# Warnings issued by the interpreter itself (a unicode comparison,
# BaseException.message, file.seek with a float, the compiler's
# SyntaxWarnings) go through the same filters, registries and showwarning
# as warnings.warn; -W options as _processoptions reads them.
import sys
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u'\xe9' == '\xe9'
    e = Exception('m')
    e.message
    f = open(__file__)
    f.seek(1.5)
    f.close()
    compile('def f():\n  x = 1\n  global x\n', 'fake.py', 'exec')
    exec "import warnings\nwarnings.warn('in exec')" in {}
    def gen():
        warnings.warn('in a generator')
        yield 1
    list(gen())
    class K:
        warnings.warn('in a class body')
    for m in w:
        print m.category.__name__, str(m.message), m.filename, m.lineno, m.line

# The default filters ignore DeprecationWarning: nothing is shown.
e.message
# "default": once per line, and the registry remembers it.
def compare():
    for i in range(3):
        u'\xe9' == '\xe9'
compare()
print sorted(key[2] for key in __warningregistry__)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        u'\xe8' == '\xe8'
    except UnicodeWarning as e:
        print 'UnicodeWarning raised:', e
    try:
        compile('def f():\n  x = 1\n  global x\n', 'fake.py', 'exec')
    except SyntaxError as e:
        print 'SyntaxError:', e.args, e.filename, e.lineno, repr(e.text)
    try:
        Exception('m').message
    except DeprecationWarning as e:
        print 'DeprecationWarning raised:', e

with warnings.catch_warnings():
    warnings.simplefilter('ignore', UnicodeWarning)
    u'\xe7' == '\xe7'
    print 'ignored'

# showwarning replaced: it gets what the built-in's warning carries.
def show(message, category, filename, lineno, file=None, line=None):
    print 'show:', category.__name__, filename, lineno, file, line
old = warnings.showwarning
warnings.showwarning = show
u'\xe6' == '\xe6'
warnings.showwarning = old

# -W options.
saved = warnings.filters[:]
warnings._processoptions(['error::UserWarning', 'ignore:spam', 'all:::os',
                          'mod::RuntimeWarning:x:12', 'bogus', 'error::Nope',
                          'error::int', 'error:::nomodule.X', 'a:b:c:d:e:f',
                          'e::::x', 'e::::-1', 'once::exceptions.FutureWarning'])
for f in warnings.filters[:len(warnings.filters) - len(saved)]:
    print f[0], f[1] and f[1].pattern, f[2].__name__, f[3] and f[3].pattern, f[4]
try:
    warnings.warn('now an error')
except UserWarning as e:
    print 'UserWarning raised:', e
warnings.filters[:] = saved
warnings.warn('shown on stderr')
print 'end'

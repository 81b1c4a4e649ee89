# traceback and linecache: formats of tracebacks, stacks and exceptions.
import traceback
import linecache
import sys
import os
from StringIO import StringIO as _SIO


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
    return r


def inner(n):
    if n == 0:
        raise ValueError('deep problem')
    inner(n - 1)


def outer():
    inner(3)

try:
    outer()
except ValueError:
    tb = sys.exc_info()[2]
    etype, value = sys.exc_info()[:2]
    print traceback.format_exc(),
    print traceback.format_exc(2),
    print traceback.extract_tb(tb)
    print traceback.extract_tb(tb, 1)
    print traceback.format_tb(tb)
    print traceback.format_exception(etype, value, tb, 3)
    print traceback.format_exception_only(etype, value)
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(1, sys.stdout)
    traceback.print_exception(etype, value, tb, None, sys.stdout)
    traceback.print_tb(tb, 2, sys.stdout)
    print traceback.tb_lineno(tb)
    sys.tracebacklimit = 2
    print traceback.format_exc(),
    del sys.tracebacklimit

print traceback.format_exception(ValueError, ValueError('x'), None)
print traceback.format_exception_only(ValueError, ValueError())
print traceback.format_exception_only(ValueError, None)
print traceback.format_exception_only(ValueError, 'a string')
print traceback.format_exception_only(KeyError, KeyError('k'))
print traceback.format_exception_only(KeyError, KeyError())
print traceback.format_exception_only(IOError, IOError(2, 'No such', 'f'))
print traceback.format_exception_only('string exc', 'val')
print traceback.format_exception_only(None, None)
print traceback.format_exception_only(ValueError('inst'), None)


class Old:
    def __repr__(self):
        return 'Old()'


class OldErr:
    def __str__(self):
        return 'old err'
print traceback.format_exception_only(Old, Old())
print traceback.format_exception_only(OldErr, OldErr())
print traceback.format_exception_only(OldErr(), 5)


class Unprintable(Exception):
    def __str__(self):
        raise TypeError('no')


class UniErr(Exception):
    def __str__(self):
        raise UnicodeEncodeError('ascii', u'\xe9', 0, 1, 'bad')

    def __unicode__(self):
        return u'caf\xe9 \u1234'
print traceback.format_exception_only(Unprintable, Unprintable())
print traceback.format_exception_only(UniErr, UniErr())
print traceback.format_exception_only(ValueError, ValueError(u'caf\xe9'))
print traceback.format_exception_only(ValueError, ValueError('caf\xe9'))


class Mod(Exception):
    pass
Mod.__module__ = 'some.module'
print traceback.format_exception_only(Mod, Mod('m'))

for src in ['x = (1,\n', 'def f(:\n  pass', '  x = 1', 'a b', '\tif x\n',
            'x = 1 +', "print 'abc", 'for\n']:
    try:
        compile(src, 'fake.py', 'exec')
    except SyntaxError:
        e = sys.exc_info()[1]
        print repr(traceback.format_exception_only(SyntaxError, e))
        print repr(traceback.format_exception_only(type(e), e))
print traceback.format_exception_only(SyntaxError, SyntaxError('msg', (None, 3, None, None)))
print traceback.format_exception_only(SyntaxError, SyntaxError('msg', ('f', 3, 2, 'xyz')))
print traceback.format_exception_only(SyntaxError, SyntaxError('msg', ('f', 3, 10, 'xyz\n')))
print traceback.format_exception_only(SyntaxError, SyntaxError('msg', ('f', 3, 0, '  x\t y')))
print traceback.format_exception_only(SyntaxError, SyntaxError('msg', ('f', 3, 5, ' \tab\tcd')))
print traceback.format_exception_only(SyntaxError, SyntaxError('plain'))
print traceback.format_exception_only(SyntaxError, SyntaxError())
print traceback.format_exception_only(IndentationError, IndentationError('m', ('g', 1, 1, 'x')))


def stack_user():
    return traceback.extract_stack()


def stack_fmt():
    return traceback.format_stack(limit=2)


def stack_print():
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=1, file=sys.stdout)

# The outermost frames belong to the test runner: show the innermost ones.
print stack_user()[-2:]
print stack_fmt()
stack_print()
f = sys._getframe()
print traceback.extract_stack(f)[-1:], traceback.format_stack(f)[-1:]
print traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None),
                             ('c.py', 3, 'h', '   spaced   ')])
traceback.print_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, '<module>', '')],
                     sys.stdout)
print attempt(traceback.print_last)
sys.last_type, sys.last_value, sys.last_traceback = KeyError, KeyError(1), None
traceback.print_last(file=sys.stdout)
del sys.last_type
out = _SIO()
sys.stderr = out
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc()
sys.stderr = sys.__stderr__
print out.getvalue(),
print repr(traceback.format_exc())
print traceback.format_exception(*([None] * 3))


def gen():
    yield 1
    raise KeyError('in gen')
try:
    list(gen())
except KeyError:
    print traceback.format_exc()
try:
    exec compile('raise IOError("from exec")', '<exec>', 'exec')
except IOError:
    print traceback.format_exc()
try:
    exec compile('\n\nraise IOError("nofile")', 'nonexistent_file.py', 'exec')
except IOError:
    print traceback.format_exc()

# linecache
me = __file__
lines = linecache.getlines(me)
print len(lines) > 100, repr(lines[0]), repr(linecache.getline(me, 2))
print repr(linecache.getline(me, 0)), repr(linecache.getline(me, 100000)), \
    repr(linecache.getline(me, -1))
print repr(linecache.getline('nonexistent_zz.py', 1)), linecache.getlines('<stdin>'), \
    linecache.getlines(''), linecache.getlines('/abs/nonexistent.py')
print me in linecache.cache, linecache.cache[me][3] == me, \
    linecache.cache[me][0] == os.stat(me).st_size
linecache.checkcache(me)
print me in linecache.cache
linecache.checkcache('not in cache')
name = 'pylib_tmp_lc.txt'
with open(name, 'w') as fh:
    fh.write('one\ntwo\r\nthree')
print linecache.getlines(name), repr(linecache.getline(name, 3))
with open(name, 'w') as fh:
    fh.write('changed\n')
print linecache.getline(name, 1)
linecache.checkcache(name)
print repr(linecache.getline(name, 1))
os.remove(name)
linecache.checkcache()
print name in linecache.cache, linecache.getlines(name)
print repr(linecache.getline('os.py', 1) != '')


class Loader(object):
    def get_source(self, name):
        if name == 'none':
            return None
        if name == 'err':
            raise ImportError('x')
        return 'line one\nline two'
print linecache.getlines('virtual.py', {'__loader__': Loader(), '__name__': 'm'})
print linecache.cache['virtual.py'][:2], linecache.getline('virtual.py', 2)
linecache.checkcache('virtual.py')
print 'virtual.py' in linecache.cache
print linecache.getlines('v2.py', {'__loader__': Loader(), '__name__': 'none'})
print linecache.getlines('v3.py', {'__loader__': Loader(), '__name__': 'err'})
print linecache.updatecache('v4.py', {'__loader__': 1, '__name__': 'x'})
linecache.clearcache()
print linecache.cache, linecache.__all__

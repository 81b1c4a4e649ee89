# Context managers in depth: __exit__ arguments, suppression rules, exceptions in __exit__, nested
# managers and ordering, generators used as managers by hand, and contextlib-free protocol use.
class Log(object):
    def __init__(self, name, suppress=None):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print 'enter', self.name
        return self
    def __exit__(self, t, v, tb):
        print 'exit', self.name, t.__name__ if t else None, repr(v) if v is not None else None, tb is not None
        if self.suppress is not None and t is not None and issubclass(t, self.suppress):
            print '  suppressing', t.__name__
            return True
        return None
with Log('A', ValueError):
    raise ValueError('sup')
with Log('B', LookupError):
    {}['missing']
try:
    with Log('C', KeyError):
        raise TypeError('not suppressed')
except TypeError as e:
    print 'escaped', e
# nested: inner suppresses, outer sees nothing
with Log('outer'):
    with Log('inner', Exception):
        raise RuntimeError('x')
    print 'after inner'
# multiple managers: exit order is reversed, suppression by the inner one hides the exception from the outer
with Log('m1'), Log('m2', ZeroDivisionError), Log('m3'):
    1 / 0
print 'continued'
# __exit__ return values: truthy objects suppress
class Ret(object):
    def __init__(self, val):
        self.val = val
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return self.val
for val in (0, 1, '', 'x', [], [0], None, NotImplemented):
    try:
        with Ret(val):
            raise KeyError('k')
        print repr(val), 'suppressed'
    except KeyError:
        print repr(val), 'propagated'
# exception raised in __exit__ during normal exit
class ExitRaises(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise IOError('exit failed')
try:
    with ExitRaises():
        print 'body ok'
except IOError as e:
    print type(e).__name__, e
# with + return value from __enter__ bound before body runs
class Resource(object):
    def __enter__(self):
        self.opened = True
        return 'handle'
    def __exit__(self, *a):
        self.opened = False
r = Resource()
with r as h:
    print h, r.opened
print r.opened
# the __exit__ method is looked up before the body runs
class LateExit(object):
    def __enter__(self):
        LateExit.__exit__ = lambda self, *a: print_exit()
        return self
def print_exit():
    print 'late __exit__'
try:
    with LateExit():
        pass
except AttributeError as e:
    print type(e).__name__, e
# manager reuse
m = Log('reused')
with m:
    pass
with m:
    pass
# break/continue/return through with
def func():
    for i in range(3):
        with Log('loop%d' % i, StopIteration):
            if i == 1:
                return 'returned in with'
print func()

# atexit: order, arguments, errors at exit, sys.exitfunc.
# exit: nonzero
import sys
sys.stderr = sys.stdout


def old_exitfunc():
    print 'old sys.exitfunc runs last'
sys.exitfunc = old_exitfunc
import atexit
print atexit._run_exitfuncs is sys.exitfunc, atexit.__all__


def show(*args, **kwargs):
    print 'show', args, sorted(kwargs.items())

print atexit.register(show, 1, 2, k=3) is show


@atexit.register
def decorated():
    print 'decorated'


def fails():
    raise ValueError('failing exit function')


def exits():
    raise SystemExit(3)

atexit.register(exits)
atexit.register(fails)
atexit.register(show, 'first to run')
print 'main done'

"""Functions to call when the interpreter exits.

register(func, *args, **kwargs) adds func(*args, **kwargs) to the list;
at exit the functions run in the reverse order of their registration.
"""
# pystm: uses the Go module sys: the interpreter calls sys.exitfunc when it
# exits, and this module sets it to _run_exitfuncs.

import sys

__all__ = ["register"]

_exithandlers = []


def _run_exitfuncs():
    """Run the registered functions, last registered first. An exception
    from one is printed (a SystemExit silently) and the others still run;
    the last exception is raised again at the end."""
    exc_info = None
    while _exithandlers:
        func, targs, kargs = _exithandlers.pop()
        try:
            func(*targs, **kargs)
        except SystemExit:
            exc_info = sys.exc_info()
        except:
            import traceback
            print >> sys.stderr, "Error in atexit._run_exitfuncs:"
            traceback.print_exc()
            exc_info = sys.exc_info()
    if exc_info is not None:
        raise exc_info[0], exc_info[1], exc_info[2]


def register(func, *targs, **kargs):
    """Register func to be called with targs and kargs when the
    interpreter exits. Returns func, so that it can be a decorator."""
    _exithandlers.append((func, targs, kargs))
    return func

# An exit function set before this module was imported goes first in the
# list, so that it runs last.
if hasattr(sys, "exitfunc"):
    register(sys.exitfunc)
sys.exitfunc = _run_exitfuncs

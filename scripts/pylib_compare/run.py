# Runs one comparison test script under CPython 2.7 in one of three modes:
#
#   cpython   CPython's own standard library (the oracle).
#   ours      pystm's library from lib/python/ replaces CPython's modules of
#             the same names; the modules it may import are checked.
#   minimal   as ours, but the optional modules our library may use when they
#             are there (re, pwd, weakref, binascii, ...) are made to fail to
#             import, as they will under a pystm that lacks them.
#
# In the two "ours" modes every import made by a module of lib/python/ must
# name a module that pystm provides in Go (see GO_MODULES), another module of
# lib/python/, or (ours mode only) one of OPTIONAL; anything else is an error,
# so that a dependency on a CPython-only module cannot hide.
#
# usage: python2 -S -u run.py MODE TEST.py [args...]
import sys
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LIBDIR = os.path.normpath(os.path.join(HERE, '..', '..', 'lib', 'python'))

GO_MODULES = frozenset("""
    sys posix math cmath time _random itertools operator errno _collections
    _functools thread exceptions __builtin__
""".split())

OPTIONAL = frozenset("re pwd weakref binascii hashlib".split())


def our_modules():
    names = set()
    for fn in os.listdir(LIBDIR):
        if fn.endswith('.py'):
            names.add(fn[:-3])
    return names


def install(mode):
    ours = our_modules()
    for name in list(sys.modules):
        if name.split('.')[0] in ours:
            del sys.modules[name]
    sys.path.insert(0, LIBDIR)
    import __builtin__
    real_import = __builtin__.__import__
    allowed = GO_MODULES | ours
    if mode == 'ours':
        allowed = allowed | OPTIONAL

    def checked_import(name, globals=None, locals=None, fromlist=None,
                       level=-1):
        importer = None
        if globals:
            importer = globals.get('__file__')
        if importer and os.path.dirname(os.path.abspath(importer)) == LIBDIR:
            top = name.split('.')[0]
            if top not in allowed:
                if top in OPTIONAL:
                    raise ImportError('No module named %s' % top)
                sys.stderr.write('pylib_compare: %s imports %s, which '
                                 'pystm does not provide\n' % (importer, name))
                os._exit(3)
        mod = real_import(name, globals, locals, fromlist, level)
        return mod

    __builtin__.__import__ = checked_import


def check_loaded():
    # Every module of ours that the test used must come from lib/python/.
    ours = our_modules()
    for name, mod in sys.modules.items():
        if name in ours and mod is not None:
            f = getattr(mod, '__file__', None)
            if f is None or os.path.dirname(os.path.abspath(f)) != LIBDIR:
                sys.stderr.write('pylib_compare: module %s was loaded from '
                                 '%s, not lib/python\n' % (name, f))
                os._exit(4)


def main():
    mode = sys.argv[1]
    script = sys.argv[2]
    if mode not in ('cpython', 'ours', 'minimal'):
        sys.stderr.write('bad mode %r\n' % mode)
        sys.exit(2)
    sys.argv = sys.argv[2:]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    if mode != 'cpython':
        install(mode)
    # Run the script as a fresh __main__ module; this one stays alive (its
    # import hook runs until exit).
    sys.modules['_pylib_compare_run'] = sys.modules['__main__']
    main_mod = type(sys)('__main__')
    main_mod.__dict__.update({'__file__': script,
                              '__builtins__': __builtins__,
                              'PYLIB_MODE': mode})
    sys.modules['__main__'] = main_mod
    done = check_loaded
    try:
        execfile(script, main_mod.__dict__)
    finally:
        if mode != 'cpython':
            done()


main()

# The public names of each module (and of its classes), against CPython's.
import sys

MODULES = ['collections', 'abc', 'heapq', 'bisect', 'copy', 'copy_reg', 'string',
           'types', 'functools', 'StringIO', 'cStringIO', 'traceback',
           'linecache', 'warnings', 'atexit', 'keyword', 'os', 'posixpath',
           'genericpath', 'stat', 'UserDict', 'UserList', 'UserString',
           'random', 'numbers', '__future__', '_abcoll']

# Names that CPython's modules have only because of how they are built
# (helpers imported at module level, the C accelerators).
SKIP = {
    'heapq': ['cmp_lt', 'chain', 'count', 'imap', 'islice', 'itemgetter',
              'izip', 'repeat', 'tee'],
    'os': None,     # depends on posix, which is compared elsewhere
    'posixpath': ['genericpath', 'os', 'stat', 'sys', 'warnings'],
    'genericpath': ['os', 'stat'],
    'copy': ['PyStringMap', 'dispatch_table', 'name', 't', 'types', 'weakref', 'd'],
    'types': [],
    'string': [],
    'traceback': ['linecache', 'sys', 'types'],
    'linecache': ['os', 'sys'],
    'warnings': ['linecache', 'sys', 'types', 'bytes_action', 'bytes_warning',
                 'cls', 'default_action', 'once_registry', 'silence'],
    'atexit': ['sys'],
    'random': [],
    'functools': [],
    'collections': [],
    'UserString': ['collections', 'sys'],
    'UserList': ['collections'],
    'UserDict': [],
    'abc': ['types', 'WeakSet'],     # pystm's abc uses plain sets
    'StringIO': ['EINVAL', 'test'],
    'cStringIO': ['cStringIO_CAPI'],  # a C capsule
    'keyword': ['main'],            # regenerates keyword.py from the grammar
    '_abcoll': ['sys'],
    'numbers': ['division'],
    'copy_reg': [],
}

for name in MODULES:
    mod = __import__(name)
    skip = SKIP.get(name, [])
    if skip is None:
        continue
    names = sorted(n for n in dir(mod) if not n.startswith('_') and n not in skip)
    print name, names
    for n in names:
        v = getattr(mod, n)
        if isinstance(v, type) or type(v).__name__ == 'classobj':
            if getattr(v, '__module__', None) != name and name != 'types':
                continue
            members = sorted(m for m in dir(v) if not m.startswith('_'))
            print '   ', n, members

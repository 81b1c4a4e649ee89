"""A cache of the lines of source files, for tracebacks and warnings.

A file name that is not found as it is, is looked for in each directory of
sys.path, as the file of an imported module would be.
"""
# pystm: pure Python on top of os (Go module posix underneath) and sys.

import sys
import os

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname); mtime is None for sources
# that came from a module's __loader__.
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (counted from 1) of the file, with its newline; '' if
    the file or the line cannot be had."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    """Forget every cached file."""
    global cache
    cache = {}


def getlines(filename, module_globals=None):
    """The lines of the file, read into the cache if they are not there
    yet."""
    if filename in cache:
        return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cache entries (all, or the one for filename) whose file has
    changed or gone since it was read. getline() does not check."""
    if filename is None:
        filenames = cache.keys()
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        size, mtime, lines, fullname = cache[name]
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except os.error:
            del cache[name]
            continue
        if size != st.st_size or mtime != st.st_mtime:
            del cache[name]


def _from_loader(filename, fullname, module_globals):
    # The module's loader may know its source (a zip import, say): the
    # lines, None to say "try the path", or [] for "no source at all".
    if not module_globals or '__loader__' not in module_globals:
        return None
    name = module_globals.get('__name__')
    get_source = getattr(module_globals['__loader__'], 'get_source', None)
    if not (name and get_source):
        return None
    try:
        data = get_source(name)
    except (ImportError, IOError):
        return None
    if data is None:
        return []
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = (len(data), None, lines, fullname)
    return lines


def _from_stdlib(filename):
    # pystm's standard library modules written in Python are stored in
    # the interpreter itself, not on disk.
    get = getattr(sys, '_pystm_stdlib_source', None)
    data = get and get(filename)
    if data is None:
        return None
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = (len(data), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Read the file into the cache anew and return its lines ([] when it
    cannot be read)."""
    if filename in cache:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        lines = _from_loader(filename, fullname, module_globals)
        if lines is not None:
            return lines
        lines = _from_stdlib(filename)
        if lines is not None:
            return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                # Not a string: skip it.
                continue
            try:
                st = os.stat(fullname)
                break
            except os.error:
                pass
        else:
            return []
    try:
        with open(fullname, 'rU') as fp:
            lines = fp.readlines()
    except IOError:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines

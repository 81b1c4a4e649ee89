"""Common operations on Posix pathnames.

Import os and use os.path rather than importing this module directly; on
Posix systems os.path is this module.
"""
# pystm: pure Python on top of os (Go module posix underneath) and sys;
# expandvars and expanduser use no regular expressions; expanduser uses pwd
# only if it can be imported.
#
# os imports this module and takes the constants below from it: they are
# defined before os is imported, so that a program may import posixpath
# (or genericpath) before os.
import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "walk", "expanduser", "expandvars",
           "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = ':/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

import os
import stat
import genericpath
from genericpath import *
from genericpath import _unicode

supports_unicode_filenames = (sys.platform == 'darwin')


def normcase(s):
    """Return s: Posix file names are case-sensitive."""
    return s


def isabs(s):
    """True if s starts at the root."""
    return s.startswith('/')


def join(a, *p):
    """Join path components with '/' where needed. An absolute component
    drops everything before it; an empty last component makes the result
    end with '/'."""
    path = a
    for part in p:
        if part.startswith('/'):
            path = part
        elif path == '' or path.endswith('/'):
            path += part
        else:
            path += '/' + part
    return path


def _head(p, cut):
    # The directory part p[:cut], without its trailing slashes unless it
    # is made of slashes only.
    head = p[:cut]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def split(p):
    """Split p into (head, tail): tail is what follows the last slash,
    head what precedes it (less trailing slashes). Either may be
    empty."""
    cut = p.rfind('/') + 1
    return _head(p, cut), p[cut:]


def splitext(p):
    return genericpath._splitext(p, sep, altsep, extsep)
splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Return ('', p): Posix paths have no drive part."""
    return '', p


def basename(p):
    """The part of p after its last slash."""
    return p[p.rfind('/') + 1:]


def dirname(p):
    """The part of p before its last slash (as split(p)[0])."""
    return _head(p, p.rfind('/') + 1)


def islink(path):
    """True if path names a symbolic link."""
    try:
        st = os.lstat(path)
    except (os.error, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """True if path names an existing file; a broken symbolic link
    counts as existing."""
    try:
        os.lstat(path)
    except os.error:
        return False
    return True


def samefile(f1, f2):
    """True if the two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True if the two open file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def samestat(s1, s2):
    """True if the two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    """True if path is a mount point."""
    if islink(path):
        return False
    try:
        here = os.lstat(path)
        parent = os.lstat(realpath(join(path, '..')))
    except os.error:
        return False
    # A mount point lies on another device than its parent, or is its own
    # parent (the root).
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino


def walk(top, func, arg):
    """Directory tree walk with callback function.

    For each directory in the tree rooted at top (top included), call
    func(arg, dirname, fnames), where fnames lists the names in dirname
    (without '.' and '..'). func may change fnames in place to choose the
    subdirectories walk goes into. Deprecated: os.walk replaces it."""
    import warnings
    warnings.warnpy3k("In 3.x, os.path.walk is removed in favor of os.walk.",
                      stacklevel=2)
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    for name in names:
        name = join(top, name)
        try:
            st = os.lstat(name)
        except os.error:
            continue
        if stat.S_ISDIR(st.st_mode):
            walk(name, func, arg)


def expanduser(path):
    """Replace a leading ~ or ~user by that user's home directory; the
    path is returned unchanged when the home is not known."""
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
            except ImportError:
                return path
            try:
                home = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        try:
            home = pwd.getpwnam(path[1:end]).pw_dir
        except KeyError:
            return path
    home = home.rstrip('/')
    return (home + path[end:]) or '/'


_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _find_var(path, start, uni):
    # Find the next $name or ${name} at or after start, as the regular
    # expression \$(\w+|\{[^}]*\}) would: return (begin, end, name) or
    # None. In unicode paths \w covers every alphanumeric character.
    n = len(path)
    i = path.find('$', start)
    while i >= 0:
        j = i + 1
        if j < n:
            c = path[j]
            if c == '{':
                close = path.find('}', j + 1)
                if close >= 0:
                    return i, close + 1, path[j + 1:close]
            else:
                k = j
                if uni:
                    while k < n and (path[k].isalnum() or path[k] == '_'):
                        k += 1
                else:
                    while k < n and path[k] in _ASCII_WORD:
                        k += 1
                if k > j:
                    return i, k, path[j:k]
        i = path.find('$', i + 1)
    return None


def expandvars(path):
    """Replace each $name and ${name} by the value of that environment
    variable; names not in the environment are left as they are."""
    if '$' not in path:
        return path
    uni = isinstance(path, _unicode)
    encoding = None
    if uni:
        encoding = sys.getfilesystemencoding()
    pos = 0
    while True:
        found = _find_var(path, pos, uni)
        if found is None:
            break
        begin, end, name = found
        if encoding:
            name = name.encode(encoding)
        if name in os.environ:
            value = os.environ[name]
            if encoding:
                value = value.decode(encoding)
            rest = path[end:]
            path = path[:begin] + value
            pos = len(path)
            path += rest
        else:
            pos = end
    return path


def normpath(path):
    """Collapse repeated slashes, '.' components and 'x/..' pairs."""
    if isinstance(path, _unicode):
        slash, dot = u'/', u'.'
    else:
        slash, dot = '/', '.'
    if path == '':
        return dot
    # POSIX gives a leading '//' (but not '///' or more) a meaning of its
    # own, so it is kept.
    lead = 0
    if path.startswith('/'):
        lead = 1
        if path.startswith('//') and not path.startswith('///'):
            lead = 2
    parts = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part != '..':
            parts.append(part)
        elif parts and parts[-1] != '..':
            parts.pop()
        elif not lead:
            # A relative path keeps the '..' it cannot resolve; at the
            # root '..' is the root itself.
            parts.append(part)
    path = slash.join(parts)
    if lead:
        path = slash * lead + path
    return path or dot


def _getcwdu():
    getcwdu = getattr(os, 'getcwdu', None)
    if getcwdu is not None:
        return getcwdu()
    return os.getcwd().decode(sys.getfilesystemencoding())


def abspath(path):
    """The normalized absolute form of path."""
    if not isabs(path):
        if isinstance(path, _unicode):
            cwd = _getcwdu()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    """The absolute form of filename with every symbolic link in it
    resolved."""
    path, ok = _resolve('', filename, {})
    return abspath(path)


def _resolve(path, rest, seen):
    # Append the components of rest to the resolved path, following
    # symbolic links. seen maps each link met to its resolution, or to
    # None while it is being resolved (a loop). Returns (path, ok), ok
    # False when a loop stopped the resolution.
    if isabs(rest):
        rest = rest[1:]
        path = sep
    readlink = getattr(os, 'readlink', None)
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        if readlink is None or not islink(newpath):
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, readlink(newpath), seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=curdir):
    """path, written relative to start (the current directory by
    default)."""
    if not path:
        raise ValueError("no path specified")
    start_parts = [x for x in abspath(start).split(sep) if x]
    path_parts = [x for x in abspath(path).split(sep) if x]
    common = len(commonprefix([start_parts, path_parts]))
    parts = [pardir] * (len(start_parts) - common) + path_parts[common:]
    if not parts:
        return curdir
    return join(*parts)

"""Path operations shared by the path modules of several systems (posixpath
imports them); not meant to be used directly."""
# pystm: pure Python on top of os (Go module posix underneath).
#
# os imports posixpath, which imports this module: os and stat are
# imported at the end, once everything posixpath takes from here is
# defined, so that a program may import any of the three first.

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile']

try:
    _unicode = unicode
except NameError:
    class _unicode(object):
        pass


def exists(path):
    """True if path names an existing file (a broken symbolic link
    counts as missing)."""
    try:
        os.stat(path)
    except os.error:
        return False
    return True


def isfile(path):
    """True if path names a regular file (after following links)."""
    try:
        st = os.stat(path)
    except os.error:
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """True if s names a directory (after following links)."""
    try:
        st = os.stat(s)
    except os.error:
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of the file, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The file's time of last change of contents, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The file's time of last access, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The file's time of last change of metadata, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    "The longest prefix that all the items of the list m share."
    if not m:
        return ''
    # The common prefix of all the items is that of the least and the
    # greatest of them.
    lo = min(m)
    hi = max(m)
    n = 0
    for c in lo:
        if c != hi[n]:
            return lo[:n]
        n += 1
    return lo


def _splitext(p, sep, altsep, extsep):
    """Split a pathname into (root, ext), ext being the part from the
    last dot of the final component on (empty if there is none); dots
    that begin the final component do not count."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        # Dots that start the final component do not begin an extension.
        for i in xrange(last_sep + 1, dot):
            if p[i] != extsep:
                return p[:dot], p[dot:]
    return p, ''


import os
import stat

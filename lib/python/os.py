r"""OS routines for Posix systems.

This module exports every function and constant of posix (unlink, stat,
...), and adds:
  - os.path, the module posixpath
  - os.name, 'posix'
  - os.curdir, os.pardir, os.sep, os.extsep, os.altsep, os.pathsep,
    os.linesep, os.defpath, os.devnull: the path conventions
  - os.environ, a mapping of the environment whose changes go to putenv
  - makedirs, removedirs, renames, walk, getenv and the exec* family.
"""
# pystm: pure Python on top of the Go modules posix, sys and errno.

import sys
import errno

__all__ = ["altsep", "curdir", "pardir", "sep", "extsep", "pathsep",
           "linesep", "defpath", "name", "path", "devnull",
           "SEEK_SET", "SEEK_CUR", "SEEK_END"]

name = 'posix'
linesep = '\n'

from posix import *
try:
    from posix import _exit
except ImportError:
    pass
import posix as _posix
import posixpath as path



def _exports(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']

__all__.extend(_exports(_posix))

sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep,
                       altsep, devnull)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

try:
    error
except NameError:
    error = OSError


def _exists(name):
    return name in globals()


def makedirs(name, mode=0777):
    """makedirs(path [, mode=0777])

    Make the directory path, making first each missing directory above
    it."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError, e:
            # Another process may have made it in the meantime.
            if e.errno != errno.EEXIST:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    """removedirs(path)

    Remove the directory path, then each directory above it named in
    path, stopping quietly at the first that cannot be removed (most
    likely because it is not empty)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except error:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Rename old to new, making the directories that new needs first, and
    then removing the directories of old that the rename left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except error:
            pass

__all__.extend(["makedirs", "removedirs", "renames"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (path, subdirectory names, other names) for top and every
    directory below it.

    topdown true (the default) gives a directory before the directories
    below it; its list of subdirectory names may then be changed in place
    to prune or order the rest of the walk. topdown false gives it after
    them. A directory that cannot be listed is skipped, after a call of
    onerror(the os.error) if onerror is given. Links to directories are
    entered only if followlinks is true.
    """
    islink, join, isdir = path.islink, path.join, path.isdir
    try:
        names = listdir(top)
    except error, err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if isdir(join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for entry in dirs:
        sub = join(top, entry)
        if followlinks or not islink(sub):
            for triple in walk(sub, topdown, onerror, followlinks):
                yield triple
    if not topdown:
        yield top, dirs, nondirs

__all__.append("walk")

try:
    environ
except NameError:
    environ = {}

if _exists("execv"):
    def execl(file, *args):
        """execl(file, *args)

        Replace this process by the program file, run with arguments
        args."""
        execv(file, args)

    def execle(file, *args):
        """execle(file, *args, env)

        Replace this process by the program file, run with arguments args
        in the environment env."""
        execve(file, args[:-1], args[-1])

    def execlp(file, *args):
        """execlp(file, *args)

        As execl, but file is looked for in the directories of $PATH."""
        execvp(file, args)

    def execlpe(file, *args):
        """execlpe(file, *args, env)

        As execle, but file is looked for in the directories of $PATH."""
        execvpe(file, args[:-1], args[-1])

    def execvp(file, args):
        """execvp(file, args)

        As execv, but file is looked for in the directories of $PATH."""
        _execvpe(file, args)

    def execvpe(file, args, env):
        """execvpe(file, args, env)

        As execve, but file is looked for in the directories of $PATH."""
        _execvpe(file, args, env)

    __all__.extend(["execl", "execle", "execlp", "execlpe", "execvp",
                    "execvpe"])

    def _execvpe(file, args, env=None):
        if env is not None:
            run = execve
            extra = (args, env)
        else:
            run = execv
            extra = (args,)
            env = environ
        if path.dirname(file):
            run(file, *extra)
            return
        if 'PATH' in env:
            search = env['PATH']
        else:
            search = defpath
        # Remember the first error other than "not there", to raise it if
        # no directory has the program; otherwise raise the last error.
        first = None
        first_tb = None
        for d in search.split(pathsep):
            full = path.join(d, file)
            try:
                run(full, *extra)
            except error, e:
                tb = sys.exc_info()[2]
                if (e.errno != errno.ENOENT and e.errno != errno.ENOTDIR
                        and first is None):
                    first = e
                    first_tb = tb
        if first:
            raise error, first, first_tb
        raise error, e, tb


# The environment: a dictionary whose changes also go to the process's real
# environment through putenv (and unsetenv) where posix has them.
import UserDict


class _Environ(UserDict.IterableUserDict):

    def __init__(self, environ):
        UserDict.UserDict.__init__(self)
        self.data = environ

    def __setitem__(self, key, item):
        if _exists("putenv"):
            putenv(key, item)
        self.data[key] = item

    def update(self, dict=None, **kwargs):
        if dict:
            try:
                keys = dict.keys()
            except AttributeError:
                for k, v in dict:
                    self[k] = v
            else:
                for k in keys:
                    self[k] = dict[k]
        if kwargs:
            self.update(kwargs)

    def __delitem__(self, key):
        if _exists("unsetenv"):
            unsetenv(key)
        del self.data[key]

    def clear(self):
        for key in self.data.keys():
            if _exists("unsetenv"):
                unsetenv(key)
            del self.data[key]

    def pop(self, key, *args):
        if _exists("unsetenv"):
            unsetenv(key)
        return self.data.pop(key, *args)

    def copy(self):
        return dict(self)

environ = _Environ(environ)


def getenv(key, default=None):
    """The value of the environment variable key, or default (None
    unless given) when it is not set."""
    return environ.get(key, default)

__all__.append("getenv")


if _exists("fork") and _exists("execv") and _exists("waitpid"):
    P_WAIT = 0
    P_NOWAIT = P_NOWAITO = 1

    def _spawnvef(mode, file, args, env, func):
        pid = fork()
        if not pid:
            # The child.
            try:
                if env is None:
                    func(file, args)
                else:
                    func(file, args, env)
            except:
                _exit(127)
        else:
            if mode == P_NOWAIT:
                return pid
            while 1:
                wpid, sts = waitpid(pid, 0)
                if WIFSTOPPED(sts):
                    continue
                elif WIFSIGNALED(sts):
                    return -WTERMSIG(sts)
                elif WIFEXITED(sts):
                    return WEXITSTATUS(sts)
                else:
                    raise error, "Not stopped, signaled or exited???"

    def spawnv(mode, file, args):
        """spawnv(mode, file, args) -> integer

Start a child process that runs file with arguments args. P_NOWAIT: give
back its pid. P_WAIT: wait for its end and give back its exit status (the
negated signal number if a signal ended it)."""
        return _spawnvef(mode, file, args, None, execv)

    def spawnve(mode, file, args, env):
        """spawnve(mode, file, args, env) -> integer

As spawnv, in the environment env."""
        return _spawnvef(mode, file, args, env, execve)

    def spawnvp(mode, file, args):
        """spawnvp(mode, file, args) -> integer

As spawnv, looking for file along $PATH."""
        return _spawnvef(mode, file, args, None, execvp)

    def spawnvpe(mode, file, args, env):
        """spawnvpe(mode, file, args, env) -> integer

As spawnve, looking for file along $PATH."""
        return _spawnvef(mode, file, args, env, execvpe)

    def spawnl(mode, file, *args):
        """spawnl(mode, file, *args) -> integer

As spawnv, with the arguments given one by one."""
        return spawnv(mode, file, args)

    def spawnle(mode, file, *args):
        """spawnle(mode, file, *args, env) -> integer

As spawnve, with the arguments given one by one."""
        return spawnve(mode, file, args[:-1], args[-1])

    def spawnlp(mode, file, *args):
        """spawnlp(mode, file, *args) -> integer

As spawnvp, with the arguments given one by one."""
        return spawnvp(mode, file, args)

    def spawnlpe(mode, file, *args):
        """spawnlpe(mode, file, *args, env) -> integer

As spawnvpe, with the arguments given one by one."""
        return spawnvpe(mode, file, args[:-1], args[-1])

    __all__.extend(["spawnv", "spawnve", "spawnl", "spawnle",
                    "spawnvp", "spawnvpe", "spawnlp", "spawnlpe"])


# stat_result objects pickle (and copy) through copy_reg.
import copy_reg as _copy_reg


def _make_stat_result(tup, dict):
    return stat_result(tup, dict)


def _pickle_stat_result(sr):
    (type, args) = sr.__reduce__()
    return (_make_stat_result, args)

if _exists("stat_result"):
    _copy_reg.pickle(stat_result, _pickle_stat_result, _make_stat_result)


def _make_statvfs_result(tup, dict):
    return statvfs_result(tup, dict)


def _pickle_statvfs_result(sr):
    (type, args) = sr.__reduce__()
    return (_make_statvfs_result, args)

if _exists("statvfs_result"):
    _copy_reg.pickle(statvfs_result, _pickle_statvfs_result,
                     _make_statvfs_result)

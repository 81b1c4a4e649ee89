# posix (through os): argument errors, OSError messages, file descriptors,
# links, times and modes, on files made under a private temporary folder.
import os, stat

base = os.path.join(os.environ.get('TMPDIR') or '/tmp', 'pystm_posix_calls_%d' % os.getpid())
os.mkdir(base)
p = os.path.join(base, 'f')
os.close(os.open(p, os.O_CREAT | os.O_WRONLY, 0600))
fd = os.open(os.devnull, os.O_WRONLY)
nope = os.path.join(base, 'nope')

def hide(s):
    return str(s).replace(base, 'BASE')

tests = [
    lambda: os.stat(5), lambda: os.stat(None), lambda: os.stat(u'/nonexistent\xe9'), lambda: os.stat('/a\0b'),
    lambda: os.rename(nope, nope + '2'), lambda: os.link(nope, nope + '2'), lambda: os.symlink(base, base),
    lambda: os.read(999, 1), lambda: os.read(0, -1), lambda: os.write(999, 'x'), lambda: os.lseek(999, 0, 0),
    lambda: os.listdir(5), lambda: os.listdir(nope), lambda: os.mkdir(base, 0777), lambda: os.chdir(''),
    lambda: os.open(nope, os.O_RDONLY), lambda: os.stat(''), lambda: os.readlink(base), lambda: os.readlink(nope),
    lambda: os.utime(nope, None), lambda: os.utime(nope, (1,)), lambda: os.utime(nope, 5), lambda: os.chmod(nope, 0),
    lambda: os.close(999), lambda: os.dup(999), lambda: os.dup2(999, 1000), lambda: os.umask('x'),
    lambda: os.strerror('x'), lambda: os.strerror(99999), lambda: os.urandom(-1), lambda: os.access(nope, 99),
    lambda: os.unlink(base), lambda: os.rmdir(p), lambda: os.remove(nope), lambda: os.getcwd(1),
    lambda: os.putenv('a=b', 'c'), lambda: os.putenv('', 'c'), lambda: os.unsetenv('a=b'),
    lambda: os.stat(base + '/' + 'x' * 5000), lambda: os.isatty('x'), lambda: os.isatty(999), lambda: os.fstat(999),
    lambda: os.stat_float_times(), lambda: os.open(p, 'r'), lambda: os.read(0, 'x'), lambda: os.read(0, 1.5),
    lambda: os.read(2 ** 70, 1), lambda: os.write(fd, 5), lambda: os.write(fd, u'abc'), lambda: os.write(fd, u'ab\xe9'),
    lambda: os.write(fd, bytearray('ab')), lambda: os.write(fd), lambda: os.stat(), lambda: os.stat('a', 'b'),
    lambda: os.mkdir(), lambda: os.mkdir('a', 1, 2), lambda: os.getpid(1), lambda: os.stat(path='x'),
    lambda: os.mkdir(nope + '/x', 'a'), lambda: os.putenv('a\0b', 'c'), lambda: os.strerror(2 ** 40),
    lambda: os.read(2 ** 40, 1), lambda: os.umask(2 ** 40), lambda: os.open(os.devnull, 2 ** 40),
    lambda: os.listdir(os.devnull), lambda: os.utime(nope, ('a', 'b')), lambda: os.utime(nope, (1.5, 2)),
    lambda: os.kill(1, 'x'), lambda: os.system(5), lambda: os.urandom('x'), lambda: os.urandom(1.5),
    lambda: os.uname.__name__, lambda: os.uname.__module__, lambda: os.getcwdu(1), lambda: os.dup2(1, 1),
    lambda: os.lseek(fd, 2 ** 70, 0), lambda: os.lseek(fd, 'x', 0), lambda: os.lseek(fd, 1.5, 0),
    lambda: os.lseek(fd, 0, 5), lambda: os.major(0x12345678), lambda: os.minor(0x12345678),
    lambda: os.makedev(300, 70000), lambda: os.major(2 ** 33), lambda: os.major('x'), lambda: os.major(-1),
    lambda: os.ttyname(fd), lambda: os.ftruncate(fd, 0), lambda: os.fchmod(999, 0), lambda: os.fsync(999),
    lambda: os.fchdir(999),
    lambda: os.utime(p, (1000000000.75, 1234567890)),
    lambda: (os.stat(p).st_atime, os.stat(p).st_mtime, os.stat(p)[7], os.stat(p)[8]),
    lambda: oct(stat.S_IMODE(os.stat(p).st_mode)), lambda: os.chmod(p, 0640), lambda: oct(stat.S_IMODE(os.stat(p).st_mode)),
    lambda: os.symlink('f', base + '/l'), lambda: os.readlink(base + '/l'), lambda: os.readlink(unicode(base) + u'/l'),
    lambda: sorted(os.listdir(unicode(base))), lambda: stat.S_ISLNK(os.lstat(base + '/l').st_mode),
    lambda: os.link(p, base + '/h'), lambda: os.stat(p).st_nlink, lambda: os.rename(base + '/h', base + '/h2'),
    lambda: sorted(os.listdir(base)), lambda: os.access(p, os.R_OK), lambda: os.access(p, os.X_OK),
    lambda: os.system('exit 3'), lambda: os.WEXITSTATUS(os.system('exit 3')), lambda: os.WIFEXITED(768),
    lambda: os.WIFSIGNALED(9), lambda: os.WTERMSIG(9), lambda: os.WCOREDUMP(0x80), lambda: os.WIFSTOPPED(0x137f),
    lambda: os.WSTOPSIG(0x137f), lambda: type(os.umask(022)), lambda: os.umask(022),
    lambda: os.stat_float_times(False), lambda: os.stat(p).st_mtime, lambda: os.stat_float_times(True),
    lambda: os.stat(p).st_mtime, lambda: os.unsetenv('PYSTM_X'), lambda: os.putenv('PYSTM_X', 'abc'),
    lambda: os.system('test "$PYSTM_X" = abc'), lambda: os.environ.get('PYSTM_X'),
    lambda: len(os.times()), lambda: len(os.uname()), lambda: os.ctermid(), lambda: len(os.statvfs('/')),
    lambda: os.statvfs(nope), lambda: os.statvfs('/').f_namemax == os.statvfs('/')[9],
]
for i, f in enumerate(tests):
    try:
        r = hide(repr(f()))
        print i, r
    except Exception as e:
        print i, type(e).__name__, hide(e)
os.close(fd)
# fdopen
r, w = os.pipe()
for f in [lambda: os.fdopen(999), lambda: os.fdopen(r, 'w'), lambda: os.fdopen(w, 'r'),
          lambda: os.fdopen(os.open(base, os.O_RDONLY)), lambda: os.fdopen(r, 'x'), lambda: os.fdopen(),
          lambda: os.fdopen(r, 'r', 'x'), lambda: os.fdopen(r, 5)]:
    try:
        x = f()
        print repr(x)
    except Exception as e:
        print type(e).__name__, e, e.args
wf = os.fdopen(w, 'w', 0)
wf.write('hello')
rf = os.fdopen(r)
print repr(rf.read(5)), rf.name, rf.mode, wf.mode
wf.close()
print repr(rf.read())
rf.close()
af = os.fdopen(os.open(p, os.O_WRONLY | os.O_TRUNC), 'a')
af.write('x\n')
af.close()
af = os.fdopen(os.open(p, os.O_WRONLY), 'a')
af.write('y\n')
af.close()
print repr(open(p).read())
for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.rmdir(base)
print os.path.exists(base)

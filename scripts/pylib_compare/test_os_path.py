# os, posixpath, genericpath, stat, keyword, __future__.
import os
import os.path
import posixpath
import genericpath
import stat
import keyword
import __future__
import sys
import errno


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
    return r

print os.path is posixpath, sys.modules['os.path'] is posixpath, os.name, \
    repr(os.linesep), os.curdir, os.pardir, os.sep, os.extsep, os.altsep, \
    os.pathsep, os.defpath, os.devnull, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END
print os.error is OSError, os.getcwd is __import__('posix').getcwd
print [n for n in ['makedirs', 'removedirs', 'renames', 'walk', 'getenv',
                   'environ', 'execl', 'execvp', 'spawnv', 'stat', 'listdir',
                   'curdir', 'path', 'name', '_exit', 'urandom']
       if n not in os.__all__]

# path manipulation
P = posixpath
paths = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', 'a//b', '//a/b',
         '///a//b//', 'a/./b/../c', '../a', '/../a', './', '.', '..', 'a/..',
         'a/../..', '/a/../../b', 'a.txt', '.bashrc', 'a/.b', 'a.b/c', 'a.b.c',
         '..a', 'a/b.', '...', u'uni/c\xf6de.py', u'', u'/x/../y']
for p in paths:
    print repr((p, P.split(p), P.splitext(p), P.basename(p), P.dirname(p),
                P.normpath(p), P.isabs(p), P.splitdrive(p), P.normcase(p)))
print P.join('a'), P.join('a', 'b'), P.join('a/', 'b'), P.join('a', '/b', 'c'), \
    P.join('', 'a'), P.join('a', ''), P.join('a', '', 'b'), P.join(u'a', 'b'), \
    P.join('/', '/'), P.join('a', 'b/', 'c')
print attempt(P.join, 'a', 5), attempt(P.join)
print P.commonprefix([]), P.commonprefix(['abc', 'abd', 'ab']), \
    P.commonprefix(['/usr/lib', '/usr/local']), P.commonprefix(['x']), \
    P.commonprefix([[1, 2, 3], [1, 2, 4]]), P.commonprefix(['', 'a'])
cwd = os.getcwd()
print P.abspath('x') == P.join(cwd, 'x'), P.abspath('/a/./b'), \
    P.abspath(u'q') == P.join(os.getcwdu(), u'q'), type(P.abspath(u'q'))
print P.relpath('/a/b/c', '/a'), P.relpath('/a', '/a/b/c'), P.relpath('/a', '/a'), \
    P.relpath('/x/y', '/a/b'), P.relpath('a/b') == 'a/b', attempt(P.relpath, '')
print P.realpath('/'), P.realpath('/tmp/../tmp') == P.realpath('/tmp')

os.environ['PYLIB_T1'] = 'one'
os.environ['PYLIB_T2'] = 'two words'
print os.environ['PYLIB_T1'], os.getenv('PYLIB_T1'), os.getenv('PYLIB_NOPE'), \
    os.getenv('PYLIB_NOPE', 'dflt'), 'PYLIB_T1' in os.environ, \
    os.environ.get('PYLIB_T2')
for s in ['$PYLIB_T1', '${PYLIB_T1}', '$PYLIB_T1/x', 'a$PYLIB_T2-b', '$', '$$',
          '${PYLIB_T1', '${}', '$NOPE_PYLIB $PYLIB_T1', 'no dollars',
          '${PYLIB_T1}${PYLIB_T2}', '$PYLIB_T1$', '$1', '${PYLIB T1}',
          u'$PYLIB_T1/\xe9', u'$PYLIB_T\xe9x', '$PYLIB_T1\xe9']:
    print repr(s), repr(P.expandvars(s))
os.environ['HOME'] = '/home/pylib'
# (~user needs the pwd module, which pystm lacks: not tested)
for s in ['~', '~/x', 'x/~', '~nosuchuserpylib/x', '', '~/', u'~/\xe9']:
    print repr(s), repr(P.expanduser(s))
os.environ['HOME'] = '/'
print P.expanduser('~/a'), P.expanduser('~')
del os.environ['PYLIB_T2']
print 'PYLIB_T2' in os.environ, os.environ.pop('PYLIB_T1'), \
    os.environ.pop('PYLIB_T1', 'gone'), attempt(os.environ.pop, 'PYLIB_T1')
os.environ.update({'PYLIB_U': 'u'}, PYLIB_V='v')
os.environ.update([('PYLIB_W', 'w')])
print os.environ['PYLIB_U'], os.environ['PYLIB_V'], os.environ['PYLIB_W'], \
    type(os.environ.copy()).__name__, os.environ.has_key('PYLIB_W'), \
    os.environ.setdefault('PYLIB_X', 'x'), isinstance(os.environ.data, dict)
print attempt(os.environ.__getitem__, 'PYLIB_NOPE')

# the file system, in a scratch directory
base = 'pylib_tmp_dir'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
print attempt(os.makedirs, os.path.join(base, 'a'))
os.makedirs(os.path.join(base, 'x', 'y', '.'))
for name in ['a/f1.txt', 'a/b/f2.txt', 'top.txt', 'x/y/f3']:
    with open(os.path.join(base, name), 'w') as fh:
        fh.write('data' * len(name))
os.symlink('a', os.path.join(base, 'link'))
os.symlink('nowhere', os.path.join(base, 'broken'))


def norm(walk):
    return [(root, sorted(dirs), sorted(files)) for root, dirs, files in walk]
print sorted(norm(os.walk(base)))
print norm(os.walk(os.path.join(base, 'a', 'b')))
print sorted(norm(os.walk(base, followlinks=True)))
bottom = norm(os.walk(base, topdown=False))
print bottom[-1][0] == base, len(bottom)
errors = []
print list(os.walk('pylib_no_such_dir', onerror=errors.append)), \
    [(e.errno, e.filename) for e in errors]
pruned = []
for root, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != 'a']
    dirs.sort()
    pruned.append(root)
print pruned
visited = []
P.walk(base, lambda arg, d, names: visited.append((arg, d, sorted(names))), 'arg')
print sorted(visited)
j = os.path.join
print P.exists(base), P.exists(j(base, 'nope')), P.exists(j(base, 'broken')), \
    P.lexists(j(base, 'broken')), P.isdir(j(base, 'a')), P.isdir(j(base, 'link')), \
    P.isfile(j(base, 'top.txt')), P.isfile(j(base, 'a')), P.islink(j(base, 'link')), \
    P.islink(j(base, 'a')), P.getsize(j(base, 'top.txt')), \
    P.ismount('/'), P.ismount(base), P.ismount(j(base, 'link')), P.ismount('/nope/x')
print P.samefile(j(base, 'a'), j(base, 'link')), \
    P.samefile(j(base, 'a'), j(base, 'x')), \
    P.getmtime(j(base, 'top.txt')) == os.stat(j(base, 'top.txt')).st_mtime, \
    P.getatime(j(base, 'top.txt')) == os.stat(j(base, 'top.txt')).st_atime, \
    P.getctime(j(base, 'top.txt')) == os.stat(j(base, 'top.txt')).st_ctime, \
    attempt(P.getsize, j(base, 'nope'))
fd1 = os.open(j(base, 'top.txt'), os.O_RDONLY)
fd2 = os.open(j(base, 'top.txt'), os.O_RDONLY)
print P.sameopenfile(fd1, fd2), P.samestat(os.stat(base), os.lstat(base))
os.close(fd1)
os.close(fd2)
print P.realpath(j(base, 'link', 'b')) == P.abspath(j(base, 'a', 'b'))
os.symlink('loop2', j(base, 'loop1'))
os.symlink('loop1', j(base, 'loop2'))
print P.realpath(j(base, 'loop1')) == P.abspath(j(base, 'loop1')), \
    P.realpath(j(base, 'link/../top.txt')) == P.abspath(j(base, 'top.txt'))
os.renames(j(base, 'x', 'y', 'f3'), j(base, 'new', 'deep', 'g3'))
print P.exists(j(base, 'x')), P.exists(j(base, 'new', 'deep', 'g3'))
os.remove(j(base, 'new', 'deep', 'g3'))
os.removedirs(j(base, 'new', 'deep'))
print P.exists(j(base, 'new')), P.exists(base)
print attempt(os.removedirs, j(base, 'nope'))
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        p = os.path.join(root, d)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print P.exists(base)

# stat
st = os.stat('.')
print stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), \
    stat.S_IMODE(0100755), oct(stat.S_IFMT(0100755)), stat.S_ISLNK(0120777), \
    stat.S_ISCHR(0020000), stat.S_ISBLK(0060000), stat.S_ISFIFO(0010000), \
    stat.S_ISSOCK(0140000), st[stat.ST_MODE] == st.st_mode
print sorted((n, getattr(stat, n)) for n in dir(stat) if n.isupper() and
             not callable(getattr(stat, n)))
print sorted(n for n in dir(stat) if callable(getattr(stat, n)))

# keyword
print keyword.kwlist, len(keyword.kwlist), keyword.iskeyword('print'), \
    keyword.iskeyword('None'), keyword.iskeyword('True'), \
    keyword.iskeyword('nonlocal'), keyword.__all__

# __future__
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print name, f, f.getOptionalRelease(), f.getMandatoryRelease(), \
        f.compiler_flag, repr(f)
print __future__.all_feature_names, sorted(__future__.__all__)
print [(n, getattr(__future__, n)) for n in sorted(dir(__future__))
       if n.startswith('CO_')]
print compile('print(1, 2)', '<x>', 'exec', __future__.print_function.compiler_flag).co_flags & 0x10000

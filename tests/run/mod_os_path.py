# os.path: the pure string functions (POSIX rules).
import os
import os.path
from os import path

print path is os.path
print os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.altsep
print os.name

j = os.path.join
print j('a', 'b', 'c')
print j('a/', 'b')
print j('a', '/b', 'c')
print j('', 'a')
print j('a', '')
print j('/')
print j('a', 'b/', '')
print j('/a', '..', 'b')

for p in ('a/b/c', '/a/b', 'a', '/a', '/', '', 'a/b/', '//a', 'a//b', '.', '..'):
    print repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p))

for p in ('a.txt', 'a.tar.gz', '.bashrc', 'a/b.c/d', 'a/b.c/d.e', 'noext', 'a.', '..x', 'x/.y', '/a/.b.c'):
    print repr(p), os.path.splitext(p)

for p in ('a/b/../c', './a/./b', 'a//b', '/../a', '//a', '///a', '', '.', '..', '../..', 'a/..', 'a/../..', '/a/b/', 'a/./../b/..'):
    print repr(p), repr(os.path.normpath(p))

print os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs(''), os.path.isabs('./a')
print os.path.normcase('AbC/d')
print os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li'])
print repr(os.path.commonprefix([]))
print os.path.commonprefix(['abc', 'abd', 'ab'])
print os.path.splitdrive('/a/b')
print os.path.expanduser('nohome')
print os.path.expandvars('$PYSTM_UNSET_VARIABLE_XYZ/x')
print os.path.relpath('a/b/c', 'a')
print os.path.relpath('a', 'a/b/c')
print os.path.relpath('a/x', 'a/y')

# abspath: checked relatively to the current folder, never printed.
cwd = os.getcwd()
print os.path.abspath('x') == j(cwd, 'x')
print os.path.abspath('.') == cwd
print os.path.abspath('a/../b') == j(cwd, 'b')
print os.path.abspath('/x/y/../z')
print os.path.isabs(os.path.abspath('rel'))
print os.path.realpath('/')

# unicode in, unicode out
print repr(os.path.join(u'a', 'b')), repr(os.path.basename(u'x/y')), repr(os.path.splitext(u'f.py'))
print repr(os.path.normpath(u'a/./b'))

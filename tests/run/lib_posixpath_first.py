# posixpath imported before os: os imports posixpath (and genericpath)
# in turn, and takes its constants from it, a cycle that must resolve
# whichever of the three a program imports first.
import posixpath
import os
print posixpath.join('a', 'b'), posixpath.split('/x/y.py')
print posixpath.curdir, posixpath.sep, posixpath.devnull
print os.path is posixpath, os.sep, os.curdir
print posixpath.exists('/'), posixpath.isdir('/'), posixpath.commonprefix(['/ab', '/ac'])

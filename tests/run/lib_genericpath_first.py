# genericpath imported before os and posixpath (see lib_posixpath_first).
import genericpath
import posixpath
import os
print genericpath.exists('/'), genericpath.isfile('/'), genericpath.commonprefix(['abc', 'abd'])
print posixpath.exists is genericpath.exists, os.path.splitext('a/b.c')

# EnvironmentError, IOError, OSError: errno, strerror, filename and str.
for cls in (EnvironmentError, IOError, OSError):
    for args in ((), ('just message',), (2, 'No such file'), (2, 'No such file', 'name.txt'),
                 (1, 2, 3, 4), (None, None), (None, 'msg'), ('E', 'S', None), (13, 'Denied', u'uni.txt')):
        e = cls(*args)
        print cls.__name__, repr(args)
        print '   errno=%r strerror=%r filename=%r args=%r' % (e.errno, e.strerror, e.filename, e.args)
        print '   str=%s repr=%s' % (str(e), repr(e))
e = IOError(2, 'msg')
e.filename = 'later.txt'
print str(e), e.args
e.errno = 5
e.strerror = 'changed'
print str(e), e.args
e = OSError(1, 2, 3)
print e.args, e.filename
e.args = (9, 'x')
print e.errno, str(e)
try:
    open('/nonexistent/pystm/file.txt')
except IOError as e:
    print e.errno, e.strerror, e.filename, e.args
    print str(e)
    print repr(e)
import os
try:
    os.listdir('/nonexistent/pystm')
except OSError as e:
    print e.errno, e.strerror, e.filename, e.args
    print str(e)
try:
    open('')
except IOError as e:
    print e.errno, str(e)
try:
    open('.', 'w')
except IOError as e:
    print e.errno, str(e)
print isinstance(IOError(), EnvironmentError), isinstance(os.error(), OSError)
try:
    raise IOError(32, 'Broken pipe')
except EnvironmentError as e:
    print type(e).__name__, e.errno, e
class MyIO(IOError):
    pass
m = MyIO(1, 'custom', 'f')
print str(m), m.errno, m.filename, repr(m)

# errno: the names, their values on Linux, and errorcode.
import errno, os

names = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'ENXIO', 'E2BIG', 'ENOEXEC', 'EBADF',
         'ECHILD', 'EAGAIN', 'ENOMEM', 'EACCES', 'EFAULT', 'EBUSY', 'EEXIST', 'EXDEV',
         'ENODEV', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENFILE', 'EMFILE', 'ENOTTY', 'EFBIG',
         'ENOSPC', 'ESPIPE', 'EROFS', 'EMLINK', 'EPIPE', 'EDOM', 'ERANGE', 'EDEADLK',
         'ENAMETOOLONG', 'ENOSYS', 'ENOTEMPTY', 'ELOOP', 'EWOULDBLOCK', 'ENOTSOCK',
         'EADDRINUSE', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH',
         'EALREADY', 'EINPROGRESS', 'ENOTCONN', 'ESHUTDOWN', 'ENETUNREACH', 'ENOBUFS']
for n in names:
    v = getattr(errno, n)
    print n, v, errno.errorcode[v] if n not in ('EWOULDBLOCK', 'EDEADLK') else ''
print errno.EWOULDBLOCK == errno.EAGAIN
print type(errno.errorcode).__name__
print errno.errorcode[2], errno.errorcode[13], errno.errorcode[17]
print all(getattr(errno, name) == code for code, name in errno.errorcode.items())
print 99999 in errno.errorcode
print os.strerror(errno.ENOENT), '|', os.strerror(errno.EEXIST), '|', os.strerror(errno.EACCES)
try:
    open('/nonexistent_dir_for_pystm/file')
except IOError as e:
    print e.errno == errno.ENOENT, errno.errorcode[e.errno]
try:
    os.rmdir('/nonexistent_dir_for_pystm')
except OSError as e:
    print e.errno == errno.ENOENT
try:
    errno.ENOTANERROR
except AttributeError as e:
    print 'AttributeError:', e

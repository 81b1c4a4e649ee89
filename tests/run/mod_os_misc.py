# os: environment, constants, and small helpers.
import os

print os.environ.get('PYSTM_SURELY_UNSET_VARIABLE')
print os.environ.get('PYSTM_SURELY_UNSET_VARIABLE', 'default')
print 'PYSTM_SURELY_UNSET_VARIABLE' in os.environ
print os.getenv('PYSTM_SURELY_UNSET_VARIABLE'), os.getenv('PYSTM_SURELY_UNSET_VARIABLE', 'd')
try:
    os.environ['PYSTM_SURELY_UNSET_VARIABLE']
except KeyError as e:
    print 'KeyError', e
os.environ['PYSTM_TEST_VAR'] = 'value 1'
print os.environ['PYSTM_TEST_VAR'], os.getenv('PYSTM_TEST_VAR')
print 'PYSTM_TEST_VAR' in os.environ
# putenv-backed: a child sees it; here we only check the mapping.
del os.environ['PYSTM_TEST_VAR']
print os.environ.get('PYSTM_TEST_VAR')
print type(os.environ.get('PATH', '')).__name__
print all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items())
os.environ.setdefault('PYSTM_TEST_VAR2', 'set')
print os.environ['PYSTM_TEST_VAR2']
os.environ.setdefault('PYSTM_TEST_VAR2', 'other')
print os.environ['PYSTM_TEST_VAR2']
print os.environ.pop('PYSTM_TEST_VAR2'), 'PYSTM_TEST_VAR2' in os.environ

print os.sep, os.curdir, os.pardir, os.devnull
print type(os.getpid()).__name__, os.getpid() > 0
print type(os.getcwd()).__name__, os.path.isabs(os.getcwd())
print type(os.getcwdu()).__name__
print os.O_RDONLY, os.O_WRONLY, os.O_RDWR
print os.F_OK, os.R_OK, os.W_OK, os.X_OK
print os.SEEK_SET, os.SEEK_CUR, os.SEEK_END
print os.strerror(2)
print os.strerror(13)
print callable(os.urandom), len(os.urandom(8))
print os.path.exists(os.devnull)
f = open(os.devnull, 'w')
f.write('discarded')
f.close()
print open(os.devnull).read() == ''
print os.error.__name__
print os.listdir('_no_such_dir_') if os.path.exists('_no_such_dir_') else 'no dir'
try:
    os.listdir('_no_such_dir_')
except OSError as e:
    print e.errno, e.strerror, e.filename
    print e
try:
    os.chdir('_no_such_dir_')
except OSError as e:
    print e
try:
    os.rmdir('_no_such_dir_')
except OSError as e:
    print e
try:
    os.mkdir('')
except OSError as e:
    print e
# low-level file descriptors
base = os.path.join(os.environ.get('TMPDIR') or '/tmp', 'pystm_os_misc_%d' % os.getpid())
fd = os.open(base, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
print type(fd).__name__
print os.write(fd, 'abcdef')
os.close(fd)
fd = os.open(base, os.O_RDONLY)
print os.read(fd, 3), os.read(fd, 100), repr(os.read(fd, 10))
print os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print e
os.remove(base)
print os.path.exists(base)

# file()/open(): mode strings, argument errors, the attributes of a file,
# reopening with __init__, and subclasses of file.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_file_modes_%d.txt' % os.getpid())
with open(path, 'wb') as f:
    f.write('one\ntwo\n')

def show(label, fn):
    try:
        r = fn()
        print label.replace(path, 'PATH'), '->', noaddr(repr(r))
    except Exception as e:
        print label.replace(path, 'PATH'), '->', type(e).__name__ + ':', str(e).replace(path, 'PATH')

def noaddr(r):
    if ' at 0x' in r:
        r = r[:r.rindex(' at ')] + '>'
    return r.replace(path, 'PATH')

# Modes that open, with what each attribute says.
for mode in ('r', 'rb', 'U', 'rU', 'Ub', 'rbU', 'r+', 'r+b', 'rw', 'a', 'ab', 'a+', 'w+', 'rt', 'r+U', u'r'):
    target = path if mode[0] in 'rU' else path + '.w'
    f = open(target, mode)
    print repr(mode), repr(f.mode), type(f.mode).__name__, f.closed, f.softspace, f.encoding, f.errors, f.newlines
    f.close()
os.remove(path + '.w')

# Mode strings that do not.
for mode in ('', 'x', 'xyz', 'Uw', 'wU', 'aU', 'U+w', 'b', '+', 'r\0', 5, None):
    show('mode %r' % (mode,), lambda: open(path, mode))

# The name argument.
for name in (5, None, 2.5, ['x'], bytearray(path), 'a\0b', u'a\0b'):
    show('name %r' % (name,), lambda: open(name))
show('no arguments', lambda: open())
show('four arguments', lambda: open(path, 'r', 1, 2))
show('keywords', lambda: open(name=path, mode='rb', buffering=0))
show('bad keyword', lambda: open(path, foo=1))
show('name twice', lambda: open(path, name=path))
for buf in ('x', 1.5, 2 ** 40, -(2 ** 40), None):
    show('buffering %r' % (buf,), lambda: open(path, 'r', buf))
for buf in (-1, 0, 1, 2, 100, 100000):
    with open(path, 'r', buf) as f:
        print 'buffering', buf, repr(f.read())

# Errors from the system carry errno, strerror and filename.
for args in (('/nonexistent_pystm/x',), ('/nonexistent_pystm/x', 'w'), ('',), ('.',), ('.', 'w'), ('.', 'a+'),
             (u'/nonexistent_pystm/\xe9',), (path + '/sub',)):
    try:
        open(*args)
    except IOError as e:
        print noaddr(repr(args)), e.errno, repr(e.strerror), noaddr(repr(e.filename)), '|', noaddr(str(e))

# reprs: open, closed, unicode name, uninitialized.
f = open(path)
print noaddr(repr(f))
f.close()
print noaddr(repr(f))
g = open(unicode(path))
print type(g.name).__name__, noaddr(repr(g))
g.close()
u = file.__new__(file)
print noaddr(repr(u)), u.closed, u.name, u.mode
for op in ('u.read()', 'u.write("x")', 'u.fileno()', 'iter(u)'):
    show(op, lambda: eval(op))
print u.close(), u.close()
show('file.__new__(int)', lambda: file.__new__(int))

# __init__ again reopens the object; a failed open leaves it closed
# with the new name and mode.
f = open(path)
f.readline()
f.__init__(path, 'rb')
print noaddr(repr(f)), repr(f.readline())
try:
    f.__init__('/nonexistent_pystm/y', 'r')
except IOError as e:
    print 'reopen failed:', e.errno
print noaddr(repr(f))
try:
    f.__init__(path, 'q')
except ValueError as e:
    print 'reopen failed:', e
print noaddr(repr(f))

# Read-only attributes and softspace.
f = open(path)
for attr, value in (('name', 'x'), ('mode', 'w'), ('encoding', 'utf-8'), ('errors', 'strict'), ('closed', True),
                    ('newlines', '\n'), ('softspace', 'x'), ('softspace', 2.5), ('other', 1)):
    try:
        setattr(f, attr, value)
        print 'set', attr, getattr(f, attr)
    except (TypeError, AttributeError) as e:
        print 'set', attr, type(e).__name__ + ':', e
for value in (1, 0, True, 7, 2 ** 31 + 5, -3):
    f.softspace = value
    print 'softspace', repr(value), f.softspace
for attr in ('softspace', 'name', 'closed'):
    try:
        delattr(f, attr)
    except (TypeError, AttributeError) as e:
        print 'del', attr, type(e).__name__ + ':', e
f.close()
print type(file.name).__name__, type(file.closed).__name__, type(file.softspace).__name__

# Subclasses: an instance dict, __slots__, overridden methods.
class MyFile(file):
    def readline(self, *a):
        return 'my ' + file.readline(self, *a)
m = MyFile(path)
m.tag = 'tagged'
print type(m).__name__, isinstance(m, file), m.tag, m.__dict__, repr(m.readline()), m.closed
print noaddr(repr(m))
m.close()

class Slotted(file):
    __slots__ = ()
s = Slotted(path)
try:
    s.tag = 1
except AttributeError as e:
    print 'AttributeError:', e
s.close()

class NoInit(file):
    def __init__(self, *args):
        self.args = args
n = NoInit(path, 'r')
print noaddr(repr(n.args)), n.closed, noaddr(repr(n))

class CloseLogger(file):
    def close(self):
        print 'close() called'
        return file.close(self)
with CloseLogger(path) as c:
    print 'inside', c.closed
print 'after', c.closed

class WithNew(file):
    def __new__(cls, *args):
        print '__new__', cls.__name__, len(args)
        return file.__new__(cls)
w = WithNew(path)
print w.readline().strip()
w.close()
os.remove(path)

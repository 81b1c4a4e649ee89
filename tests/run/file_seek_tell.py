# seek, tell and truncate: whence values, bad offsets, positions after
# reads and writes, 'r+', 'a' and 'a+' files, truncate extending a file.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_file_seek_%d.txt' % os.getpid())
with open(path, 'wb') as f:
    f.write('0123456789abcdefghij\nsecond line\nthird\n')

def show(label, fn):
    try:
        r = fn()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

f = open(path, 'rb')
print f.tell(), type(f.tell()).__name__
for args in ((5,), (3, 1), (-4, 2), (0, 2), (2L,), (0, 0), (-1, 1), (100,), (100, 1)):
    f.seek(*args)
    print 'seek', args, f.tell(), repr(f.read(3)), f.tell()
for args in ((-1,), (-100, 1), (0, 3), (0, -1), ('x',), (None,), (2 ** 70,), (1, 'x'), (1, 2 ** 40), ()):
    show('seek%r' % (args,), lambda: f.seek(*args))
print f.tell()
f.seek(7.9)
print 'seek(7.9)', f.tell()
f.seek(True)
print 'seek(True)', f.tell()
class Idx(object):
    def __index__(self):
        return 4
f.seek(Idx())
print 'seek(__index__)', f.tell()
show('tell(1)', lambda: f.tell(1))
show('seek(kw)', lambda: f.seek(offset=1))
f.seek(0)
f.readline()
print 'after readline', f.tell()
f.read(4)
print 'after read(4)', f.tell()
f.readlines()
print 'after readlines', f.tell(), repr(f.read())
f.close()

# Writing: the position counts buffered output.
w = open(path, 'w+')
print 'new', w.tell()
w.write('hello world\n')
print 'after write', w.tell()
w.seek(6)
w.write('WORLD')
print 'after overwrite', w.tell()
w.seek(0)
print repr(w.read())
w.seek(0, 2)
w.write('more')
print w.tell()
w.seek(-4, 2)
print repr(w.read())
w.close()

# Append: writes go to the end wherever the position was.
a = open(path, 'a')
print 'a starts at', a.tell()
a.write('xyz')
print 'a after write', a.tell()
a.close()
ap = open(path, 'a+')
print 'a+ starts at', ap.tell()
print repr(ap.read(5))
ap.write('!')
ap.seek(0)
print repr(ap.read())
ap.close()

# r+: reading and writing at the same position.
rp = open(path, 'r+')
print repr(rp.read(5))
rp.write('_')
print rp.tell()
rp.seek(0)
print repr(rp.read(8))
rp.close()

# truncate
t = open(path, 'r+')
t.seek(3)
t.truncate()
print 'truncate() at 3:', t.tell(), os.path.getsize(path)
t.seek(0)
print repr(t.read())
t.truncate(10)
print 'truncate(10):', t.tell(), os.path.getsize(path)
t.seek(0)
print repr(t.read())
t.seek(1)
t.truncate(2)
print 'truncate(2) at 1:', t.tell(), repr(open(path).read())
t.write('Z')
t.flush()
print repr(open(path).read())
t.truncate(0L)
print os.path.getsize(path)
for args in ((-1,), ('x',), (1, 2), (2 ** 70,)):
    show('truncate%r' % (args,), lambda: t.truncate(*args))
t.truncate(5.7)
print 'truncate(5.7)', os.path.getsize(path)
t.close()
show('truncate on a read-only file', lambda: open(path).truncate())
os.remove(path)

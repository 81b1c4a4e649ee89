# Buffered output: what another reader of the file sees before flush()
# and close() with each buffering argument, writes larger than the
# buffer, and files dropped without close() (CPython closes them when
# their last reference goes).
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_file_buffering_%d.txt' % os.getpid())

def seen():
    with open(path, 'rb') as r:
        return r.read()

# Default buffering: nothing reaches the file until flush or close.
f = open(path, 'w')
f.write('abc\n')
print 'default before flush', repr(seen())
f.flush()
print 'default after flush', repr(seen())
f.write('def')
print 'default pending', repr(seen())
f.close()
print 'default after close', repr(seen())

# Unbuffered: every write goes straight through.
f = open(path, 'w', 0)
f.write('one')
print 'unbuffered', repr(seen())
f.writelines(['two', 'three'])
print 'unbuffered writelines', repr(seen())
f.close()

# Line buffered: up to the last newline of each write.
f = open(path, 'w', 1)
f.write('no newline')
print 'line 1', repr(seen())
f.write(' then\nmore')
print 'line 2', repr(seen())
f.write('\n')
print 'line 3', repr(seen())
f.close()

# A small buffer fills and spills; a write larger than it goes through.
f = open(path, 'w', 10)
f.write('12345')
print 'small 1', repr(seen())
f.write('67890ab')
print 'small 2', repr(seen())
f.write('c' * 25)
print 'small 3', len(seen())
f.close()
print 'small closed', len(seen())

# The default buffer is a few kilobytes: a large write reaches the file.
f = open(path, 'w')
f.write('x' * 100)
print 'large 1', len(seen())
f.write('y' * 100000)
print 'large 2', len(seen()) > 90000, len(seen()) < 100100
f.close()
print 'large closed', len(seen())

# Reading and writing one file: seek and read see the buffered output.
f = open(path, 'w+')
f.write('buffered')
f.seek(0)
print 'w+ read back', repr(f.read())
f.close()

# print >> file is buffered the same way.
f = open(path, 'w')
print >> f, 'printed'
print 'print pending', repr(seen())
f.close()
print 'print closed', repr(seen())

# A file object dropped without close() is closed (and flushed) at once.
open(path, 'w').write('temporary')
print 'temporary', repr(seen())
def writer():
    g = open(path, 'a')
    g.write(' appended')
writer()
print 'after function', repr(seen())
open(path, 'w').write('first')
open(path, 'a').write(' second')
print 'two temporaries', repr(seen())
f = open(path, 'w')
f.write('alive')
print 'still referenced', repr(seen())
del f
print 'after del', repr(seen())
os.remove(path)

# read, readline, readlines and iteration: sizes, end of file, lines
# longer than the buffers, the read-ahead of iteration and mixing it with
# read methods, xreadlines and readinto.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_file_lines_%d.txt' % os.getpid())
lines = ['line %d %s\n' % (i, 'x' * (i % 37)) for i in range(1500)]
lines.append('long ' + 'y' * 20000 + '\n')
lines.append('no newline at end')
with open(path, 'wb') as f:
    f.writelines(lines)
size = os.path.getsize(path)

def show(label, fn):
    try:
        r = fn()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

f = open(path)
print repr(f.read(0)), repr(f.read(4)), repr(f.readline()), f.tell()
print repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(0)), repr(f.readline(-1))
show('read("x")', lambda: f.read('x'))
show('read(1.5)', lambda: f.read(1.5))
show('read(1, 2)', lambda: f.read(1, 2))
show('read(size=1)', lambda: f.read(size=1))
show('readline(None)', lambda: f.readline(None))
show('readline(2**40)', lambda: f.readline(2 ** 40))
show('readline(1.5)', lambda: f.readline(1.5))
show('readlines("x")', lambda: f.readlines('x'))
print repr(f.read(5L))
f.seek(0)
all_lines = f.readlines()
print len(all_lines), all_lines == lines, f.tell() == size, f.readlines(), repr(f.read()), repr(f.readline())
# readlines(hint) reads whole chunks of 8192 bytes and completes the last line.
f.seek(0)
for hint in (1, 100, 8192, 8193, 30000):
    f.seek(0)
    got = f.readlines(hint)
    print 'hint', hint, len(got), repr(got[-1][:12]), f.tell()
f.seek(0)
got = f.readlines(-5)
print 'hint -5', len(got)
# A line longer than every buffer.
f.seek(0)
for i in range(1500):
    f.readline()
long_line = f.readline()
print len(long_line), long_line[:6], repr(f.readline()), repr(f.readline())
f.close()

# Iteration reads ahead 8192 bytes at a time; read methods refuse to run
# while that buffer holds data, seek drops it.
f = open(path)
first = next(f)
print repr(first), f.tell()
for name, call in (('read', lambda: f.read(1)), ('readline', f.readline), ('readlines', f.readlines),
                   ('readinto', lambda: f.readinto(bytearray(2)))):
    show(name + ' after next', call)
print 'tell is still', f.tell()
f.seek(0)
print repr(f.readline())
count = 1
for line in f:
    count += 1
print 'iterated', count, f.tell() == size
print repr(f.read()), list(f), f.readline()
f.seek(0)
n = 0
for line in f.xreadlines():
    n += 1
print 'xreadlines', n, f.xreadlines() is f, iter(f) is f
f.seek(0)
it = iter(f)
print repr(it.next()), repr(next(it))[:10]
f.close()
try:
    next(f)
except ValueError as e:
    print 'next on closed:', e

# A read-ahead buffer that starts with NUL does not block the read
# methods (CPython looks at its first byte).
with open(path, 'wb') as g:
    g.write('\0first\nsecond\nthird\n')
g = open(path)
print repr(next(g)), repr(g.readline()), repr(g.read())
g.close()
with open(path, 'wb') as g:
    g.write('A\nB\nC')
g = open(path)
print [l for l in g], repr(next(g, 'end'))
g.close()

# readinto
with open(path, 'wb') as g:
    g.write('abcdefgh')
g = open(path, 'rb')
b = bytearray(3)
print g.readinto(b), b, g.readinto(b), b, g.readinto(b), b, g.readinto(b), b
show('readinto(str)', lambda: g.readinto('abc'))
show('readinto()', lambda: g.readinto())
print g.readinto(bytearray()), g.tell()
g.close()

# Empty file.
open(path, 'w').close()
e = open(path)
print repr(e.read()), repr(e.readline()), e.readlines(), list(e), repr(e.read(10))
e.close()
os.remove(path)

# Universal newlines ('U' modes): every line ending read as '\n', the
# newlines attribute, tell() after a '\r', and the same data read in
# binary and text modes.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_file_univ_%d.txt' % os.getpid())

def write(data):
    with open(path, 'wb') as f:
        f.write(data)

samples = ['a\nb\n', 'a\r\nb\r\n', 'a\rb\r', 'a\r\nb\rc\nd', 'a\r', '\r\n', '\r\r\n\n', 'no newline', '',
           'x\r' + 'y' * 9000 + '\r\nz', '\n\r\n\r']
for data in samples:
    write(data)
    with open(path, 'rU') as f:
        r = f.read()
        print repr(data[:12]), '->', repr(r[:12]), len(r), f.newlines
    with open(path, 'U') as f:
        print '  readlines', [l[:8] for l in f.readlines()], f.newlines
    with open(path, 'U') as f:
        print '  iter', [l[:8] for l in f], f.newlines
    with open(path, 'rbU') as f:
        got = []
        while True:
            line = f.readline()
            if not line:
                break
            got.append((line[:8], f.newlines))
        print '  readline', got
    with open(path, 'rb') as f:
        print '  rb', [l[:8] for l in f.readlines()], f.newlines

# Small reads split '\r\n' pairs; the pair still counts as one newline.
write('ab\r\ncd\r\n\r\nef')
with open(path, 'U') as f:
    parts = []
    while True:
        c = f.read(1)
        if not c:
            break
        parts.append(c)
    print parts, f.newlines
with open(path, 'U') as f:
    print repr(f.read(3)), f.tell(), repr(f.read(1)), f.tell(), f.newlines
with open(path, 'U') as f:
    print repr(f.readline()), f.tell(), repr(f.readline(2)), repr(f.readline(1)), f.tell(), f.newlines
with open(path, 'U') as f:
    print repr(f.readline(3)), f.tell(), f.newlines, repr(f.readline()), f.newlines

# tell() after a lone '\r' at the end of the data read so far.
write('x\ry\r\nz')
with open(path, 'U') as f:
    print repr(f.readline()), f.tell(), repr(f.readline()), f.tell(), repr(f.readline()), f.tell(), f.newlines

# seek resets the pending '\r' but not newlines.
write('1\r\n2\r')
with open(path, 'U') as f:
    f.read(2)
    f.seek(0)
    print repr(f.read()), f.newlines
    f.seek(2)
    print repr(f.read()), f.newlines

# 'U' with '+' reads translated and writes as it is.
write('p\r\nq\r')
with open(path, 'r+U') as f:
    print repr(f.read()), f.newlines
    f.write('\r\nw')
with open(path, 'rb') as f:
    print repr(f.read())
os.remove(path)

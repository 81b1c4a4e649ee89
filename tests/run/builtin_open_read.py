# open() for reading: read, readline, readlines, iteration, seek/tell, modes, closed-file errors.
# The file read is this script itself, whose first lines are fixed.
f = open('builtin_open_read.py')
print type(f).__name__, f.name, f.mode, f.closed, type(f) is file
first = f.readline()
print repr(first)
print repr(f.readline())
print f.tell()
f.seek(0)
print repr(f.read(8)), f.tell()
print repr(f.readline(5)), repr(f.readline(0))
f.seek(2, 0)
print repr(f.read(3))
f.seek(3, 1)
print repr(f.read(2)), f.tell()
f.seek(-10, 2)
end = f.read()
print repr(end), repr(f.read()), repr(f.readline()), f.readlines()
f.seek(0)
lines = f.readlines()
print len(lines) > 20, repr(lines[0]), lines[-1].endswith('\n')
f.seek(0)
n = 0
for line in f:
    n += 1
print n == len(lines)
f.seek(0)
print len(f.readlines(10)) >= 1
f.close()
f.close()
print f.closed
for op in ('f.read()', 'f.readline()', 'f.readlines()', 'f.seek(0)', 'f.tell()', 'iter(f)', 'f.write("x")', 'next(f)'):
    try:
        eval(op)
    except ValueError as e:
        print op, type(e).__name__, e
# with statement closes the file; read whole content
with open('builtin_open_read.py', 'r') as g:
    data = g.read()
print g.closed, data.startswith('# open() for reading'), data.count('\n') == len(lines)
# 'rb' and 'rU' modes
with open('builtin_open_read.py', 'rb') as g:
    print g.mode, repr(g.read(6))
with open('builtin_open_read.py', 'rU') as g:
    print g.mode, len(g.readlines()) == len(lines)
# errors opening
for args in (('_no_such_file_for_test.txt',), ('builtin_open_read.py', 'z'), ('builtin_open_read.py', ''), (5,), (), ('.',)):
    try:
        open(*args)
    except (IOError, ValueError, TypeError) as e:
        print args, type(e).__name__, e
try:
    open('_no_such_dir/x.txt', 'w')
except IOError as e:
    print type(e).__name__, e.errno, e.strerror, e.filename
# file() is the same type
h = file('builtin_open_read.py')
print type(h).__name__, h.readline() == first
h.close()
# reading a file opened for writing only is an error (checked on a closed-file-free path)
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_open_read_%d.txt' % os.getpid())
w = open(path, 'w')
try:
    w.read()
except IOError as e:
    print type(e).__name__, e
w.close()
r = open(path)
try:
    r.write('x')
except IOError as e:
    print type(e).__name__, e
r.close()
os.remove(path)

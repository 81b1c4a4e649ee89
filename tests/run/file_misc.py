# More file behaviour: print >> a file subclass bypasses its write(),
# seek() with a float warns, a file that grows while it is read or
# iterated, writelines whose iterator closes the file, with-statement
# exits, fileno and isatty.
import os, warnings
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_file_misc_%d.txt' % os.getpid())

class Loud(file):
    def write(self, s):
        print 'Loud.write(%r)' % s
        file.write(self, s.upper())
f = Loud(path, 'w')
f.write('direct ')
print >> f, 'printed', 1
f.writelines(['lines\n'])
f.close()
print repr(open(path).read())

warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    f = open(path)
    f.seek(2.9)
    print 'seek(2.9) ->', f.tell(), [(w.category.__name__, str(w.message)) for w in caught]
    f.close()
warnings.simplefilter('error')
f = open(path)
try:
    f.seek(1.5)
except DeprecationWarning as e:
    print 'as error:', e, f.tell()
f.close()
warnings.resetwarnings()

# A file that grows: reading again after end of file sees the new data.
w = open(path, 'w')
r = open(path)
print repr(r.read()), repr(r.readline())
w.write('first\n')
w.flush()
print repr(r.readline()), repr(r.readline())
w.write('second\nthird\n')
w.flush()
print repr(next(r, 'stop'))
print repr(next(r, 'stop')), repr(next(r, 'stop'))
w.write('fourth\n')
w.flush()
print repr(next(r, 'stop')), repr(r.read())
w.close()
r.close()

# writelines whose iterator closes the file.
f = open(path, 'w')
def lines():
    yield 'one\n'
    f.close()
    yield 'two\n'
try:
    f.writelines(lines())
except ValueError as e:
    print 'writelines:', e
print repr(open(path).read())

# The with statement closes the file whatever happens and lets
# exceptions through.
try:
    with open(path, 'w') as f:
        f.write('partial')
        raise KeyError('inside')
except KeyError as e:
    print 'KeyError', e, f.closed
print repr(open(path).read())
with open(path) as f:
    print f.__enter__() is f, f.__exit__(None, None, None), f.closed

f = open(path)
print f.fileno() > 2, f.isatty(), type(f.fileno()).__name__
f.close()
print [type(x).__name__ for x in (open(path).readlines(), open(path).read(), iter(open(path)))]
print sorted(set(['a', 'b']) | set(open(path)))
print zip(open(path), 'xy'), list(enumerate(open(path, 'rU')))

# After a read finds the end of the file, whether the next read looks
# again depends on the method (C's end-of-file indicator stays set).
def grow_test(label, first, second):
    w = open(path, 'w')
    r = open(path)
    w.write('abc\n')
    w.flush()
    a = first(r)
    b = first(r)
    w.write('def\n' * 3000)
    w.flush()
    c = second(r)
    print label, repr(a[:10]), repr(b[:10]), repr(c[:10]), len(c)
    w.close()
    r.close()
for label, first, second in (
        ('read/read', lambda r: r.read(), lambda r: r.read()),
        ('read/read(2)', lambda r: r.read(), lambda r: r.read(2)),
        ('read/read(9000)', lambda r: r.read(), lambda r: r.read(9000)),
        ('read(10)/read(2)', lambda r: r.read(10), lambda r: r.read(2)),
        ('read(4)/read(2)', lambda r: r.read(4), lambda r: r.read(2)),
        ('readline/read(2)', lambda r: r.readline(), lambda r: r.read(2)),
        ('readlines/read(2)', lambda r: ''.join(r.readlines()), lambda r: r.read(2)),
        ('readlines/readline', lambda r: ''.join(r.readlines()), lambda r: r.readline()),
        ('readinto/read(2)', lambda r: str(r.readinto(bytearray(10))), lambda r: r.read(2)),
        ('next/readline', lambda r: next(r, ''), lambda r: r.readline()),
        ('read/seek+read(2)', lambda r: r.read(), lambda r: (r.seek(0, 1), r.read(2))[1]),
        ('read/tell+read(2)', lambda r: r.read(), lambda r: (r.tell(), r.read(2))[1]),
        ):
    grow_test(label, first, second)
os.remove(path)

# Argument checks come before the closed-file check.
f = open(__file__)
f.close()
for op in ('f.flush(1)', 'f.tell(1)', 'f.write(s=1)', 'f.read(x=1)', 'f.fileno(1)', 'f.isatty(1)', 'f.close(1)',
           'f.seek(x=1)', 'f.readline(x=1)', 'f.xreadlines(1)', 'f.__enter__(1)', 'f.__exit__(x=1)',
           'f.truncate(x=1)', 'f.writelines()', 'f.writelines(1, 2)', 'f.readinto()', 'f.readlines(1, 2)',
           'f.read(1, 2)', 'f.seek()'):
    try:
        eval(op)
        print op, 'ok'
    except Exception as e:
        print op, type(e).__name__, e

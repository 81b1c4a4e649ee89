# Writing to files: str, unicode, buffers in text and binary mode,
# writelines, print >> file, and the errors of closed files and of files
# not open for an operation.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pystm_file_write_%d.txt' % os.getpid())

def show(label, fn):
    try:
        r = fn()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

def label(v):
    if isinstance(v, list):
        return '[' + ', '.join(label(x) for x in v) + ']'
    if isinstance(v, (buffer, type(iter([])))) or type(v).__name__ == 'generator':
        return type(v).__name__
    return repr(v)

def contents():
    with open(path, 'rb') as f:
        return f.read()

class S(str):
    def __str__(self):
        return 'S.__str__'
class U(unicode):
    pass

for mode in ('w', 'wb'):
    f = open(path, mode)
    for v in ('str', u'uni', S('sub'), U(u'usub'), bytearray('ba'), buffer('buf'), 5, None, 1.5, ['l'],
              u'\xe9', U(u'\xe9')):
        show('%s write(%s)' % (mode, label(v)), lambda: f.write(v))
    show(mode + ' write()', lambda: f.write())
    show(mode + ' write(1, 2)', lambda: f.write('a', 'b'))
    show(mode + ' write(s=...)', lambda: f.write(s='x'))
    for seq in (['a', 'b'], ('c', 'd'), iter(['e']), (x for x in 'fg'), 'hi', [u'uni'], [bytearray('ba')],
                [buffer('bu')], [S('sub')], [u'\xe9'], ['ok', 5], 5, None, {'k': 1}, []):
        show('%s writelines(%s)' % (mode, label(seq)), lambda: f.writelines(seq))
    show(mode + ' writelines()', lambda: f.writelines())
    f.close()
    print repr(contents())

# writelines takes up to 1000 lines before it checks and writes them.
f = open(path, 'w')
show('writelines 1500 then bad', lambda: f.writelines(['x'] * 1500 + [5]))
show('writelines iter 1500 then bad', lambda: f.writelines(iter(['y'] * 1500 + [5])))
f.close()
print len(contents()), contents().count('x'), contents().count('y')

# print >> file: softspace, unicode, objects with __str__.
f = open(path, 'w')
print >> f, 'a', 1, 2.5, None, [1, 'x'], (u'u',)
print >> f, 'soft',
print >> f, 'space'
print >> f, u'uni', S('sub'), U(u'usub'),
print >> f
print >> f, 'tab\t',
print >> f, 'after'
print >> f, S('ends\n'), 'x'
f.softspace = 1
f.write('w')
print f.softspace
print >> f, 'y',
print f.softspace
f.writelines(['z'])
print f.softspace
show('print unicode', lambda: eval("f.write(u'\\xe9')"))
try:
    print >> f, u'\xe9'
except UnicodeEncodeError as e:
    print 'print u"\\xe9":', e
f.close()
print repr(contents())

# Writing to a closed file, and printing to one.
f = open(path, 'w')
f.close()
for op in ('f.write("x")', 'f.writelines(["x"])', 'f.flush()', 'f.truncate()', 'f.tell()', 'f.seek(0)',
           'f.fileno()', 'f.isatty()', 'f.read()', 'f.readline()', 'f.readlines()', 'next(f)', 'f.next()',
           'iter(f)', 'f.xreadlines()', 'f.__enter__()', 'f.readinto(bytearray(1))', 'f.close()', 'f.__exit__()'):
    show(op, lambda: eval(op))
f.softspace = 1
try:
    print >> f, 'x'
except ValueError as e:
    print 'print to closed:', e, f.softspace
try:
    print >> f
except ValueError as e:
    print 'print newline to closed:', e
try:
    with f:
        pass
except ValueError as e:
    print 'with closed:', e

# Reading a file open only for writing and the other way round.
w = open(path, 'w')
r = open(path, 'r')
for op in ('w.read()', 'w.read(1)', 'w.readline()', 'w.readlines()', 'next(w)', 'w.readinto(bytearray(1))',
           'r.write("x")', 'r.writelines([])', 'r.truncate()', 'r.truncate(0)'):
    show(op, lambda: eval(op))
try:
    print >> r, 'x'
except IOError as e:
    print 'print to read-only:', e, r.softspace
w.close()
r.close()
# A mode of 'rw' passes the checks but the stream is read-only.
rw = open(path, 'rw')
show('rw write', lambda: rw.write('x'))
show('rw read', lambda: rw.read())
rw.close()
os.remove(path)

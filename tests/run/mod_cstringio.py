# cStringIO: StringIO() for writing and StringIO(s) for reading.
import cStringIO
from cStringIO import StringIO

o = StringIO()
o.write('abc')
o.write('def\n')
o.writelines(['x\n', 'y'])
print repr(o.getvalue()), o.tell()
o.seek(0)
print repr(o.read(2)), repr(o.readline()), o.readlines()
o.seek(1)
o.write('Z')
print repr(o.getvalue())
o.truncate(3)
print repr(o.getvalue())
o.reset()
print o.tell(), repr(o.read())
print type(o).__name__, type(StringIO('in')).__name__
print cStringIO.OutputType.__name__, cStringIO.InputType.__name__
i = StringIO('one\ntwo\nthree\n')
print i.readline(), repr(i.read(3)), i.tell()
i.seek(0)
print list(i)
i.seek(0, 2)
print i.tell(), repr(i.read())
try:
    i.write('x')
except AttributeError as e:
    print 'AttributeError:', e
print repr(StringIO('').read()), StringIO().getvalue() == ''
u = StringIO(u'ascii unicode')
print repr(u.read())
ou = StringIO()
ou.write(u'ascii only')
print repr(ou.getvalue())
try:
    ou.write(u'caf\xe9')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
try:
    ou.write(5)
except TypeError as e:
    print 'TypeError:', e
b = StringIO(buffer('buffered'))
print b.read()
o.close()
try:
    o.getvalue()
except ValueError as e:
    print 'ValueError:', e
try:
    o.write('x')
except ValueError as e:
    print 'ValueError:', e
print o.closed
n = StringIO('no newline at end')
print repr(n.readline()), repr(n.readline())
print StringIO('a\nb\n').readlines(), StringIO('a\r\nb').readlines()
print repr(StringIO('abc').read(0)), repr(StringIO('abc').read(-5))
print StringIO('x').isatty(), StringIO('x').flush()
try:
    StringIO(5)
except TypeError as e:
    print 'TypeError:', e
big = StringIO()
for k in range(1000):
    big.write('%d,' % k)
print len(big.getvalue()), big.getvalue()[:20]

# StringIO.StringIO: reading, writing, seeking, and mixing str and unicode.
from StringIO import StringIO

s = StringIO()
s.write('hello ')
s.write('world\n')
s.writelines(['a\n', 'b\n'])
print repr(s.getvalue())
print s.tell(), len(s.getvalue())
s.seek(0)
print repr(s.read(5)), s.tell()
print repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline())
s.seek(0)
print s.readlines()
s.seek(0)
print [line for line in s]
s.seek(-2, 2)
print repr(s.read())
s.seek(2)
s.seek(3, 1)
print s.tell(), repr(s.read(3))
s.seek(0)
s.write('HELLO')
print repr(s.getvalue())
s.seek(100)
s.write('!')
print repr(s.getvalue()[-5:]), len(s.getvalue())
s.truncate(5)
print repr(s.getvalue())
s.seek(0, 2)
print s.tell()

r = StringIO('line1\nline2\nline3')
print r.readline(), r.readline(3), r.readline(), r.readline(), repr(r.readline())
r.seek(0)
print r.readlines(8)
r.seek(0)
print r.read(-1) == 'line1\nline2\nline3', repr(r.read())
print r.isatty(), r.closed, r.flush()
r.close()
print r.closed
try:
    r.read()
except ValueError as e:
    print 'ValueError:', e
try:
    r.getvalue()
except (ValueError, AttributeError) as e:
    print type(e).__name__ + ':', e

u = StringIO()
u.write(u'unicode ')
u.write('and ascii')
print repr(u.getvalue())
m = StringIO()
m.write('caf\xc3\xa9')
m.write(u'!')
try:
    print repr(m.getvalue())
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e.reason
print repr(StringIO(u'uni').read())
n = StringIO()
try:
    n.write(5)
    print repr(n.getvalue())
except TypeError as e:
    print 'TypeError:', e
print repr(StringIO().getvalue()), repr(StringIO().read()), StringIO().readlines()
it = StringIO('a\nb')
print it.next(), repr(it.next())
try:
    it.next()
except StopIteration:
    print 'StopIteration'
import sys
old = sys.stdout
cap = StringIO()
sys.stdout = cap
print 'captured', 42
print >>cap, 'also'
sys.stdout = old
print repr(cap.getvalue())
w = StringIO('initial')
w.write('XY')
print repr(w.getvalue())
w.seek(0, 2)
w.write('END')
print repr(w.getvalue())
try:
    StringIO('x').truncate(-1)
except IOError as e:
    print 'IOError:', e

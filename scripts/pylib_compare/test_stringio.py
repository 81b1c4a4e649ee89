# StringIO (and cStringIO): random sequences of file operations, mixed str
# and unicode, errors and the closed state.
import StringIO
import cStringIO

state = [12345]


def rnd(n):
    # A small LCG, so that the operations do not depend on random.
    state[0] = (state[0] * 1103515245 + 12345) & 0x7fffffff
    return state[0] % n

PIECES = ['', 'a', 'bc', 'line\n', '\n', 'xyz\nuv', u'u', u'\u1234\n',
          '\xe9', 'long piece of text\nwith two lines\n']


def run(f, ops, allow_unicode):
    out = []
    for k in range(ops):
        op = rnd(10)
        try:
            if op == 0:
                p = PIECES[rnd(len(PIECES))]
                if not allow_unicode and isinstance(p, unicode):
                    p = 'U'
                f.write(p)
                r = None
            elif op == 1:
                r = f.read(rnd(8) - 2)
            elif op == 2:
                r = f.readline()
            elif op == 3:
                r = f.readline(rnd(6) - 1)
            elif op == 4:
                f.seek(rnd(30) - 5, rnd(3))
                r = f.tell()
            elif op == 5:
                r = f.getvalue()
            elif op == 6:
                r = f.tell()
            elif op == 7:
                if rnd(2):
                    f.truncate()
                else:
                    f.truncate(rnd(20))
                r = f.tell()
            elif op == 8:
                r = f.readlines(rnd(10))
            else:
                f.writelines(['p', 'q\n'])
                r = f.tell()
            out.append((op, r))
        except Exception as e:
            out.append((op, type(e).__name__, str(e)[:50]))
    return out

for trial in range(40):
    init = ['', 'start\nhere', u'uni\n', 'x' * 20][trial % 4]
    f = StringIO.StringIO(init)
    print trial, run(f, 40, True)
    g = cStringIO.StringIO()
    print trial, run(g, 40, False)

s = StringIO.StringIO('abc\ndef\n')
print list(s), s.tell(), s.isatty(), s.flush(), s.softspace, s.closed
s.seek(0)
print s.next(), iter(s) is s, s.readlines()
s.write(5)
s.write(None)
s.write([1])
print repr(s.getvalue()), s.len, s.pos, s.buflist, repr(s.buf)
print StringIO.StringIO(5).getvalue(), StringIO.StringIO(None).getvalue(), \
    repr(StringIO.StringIO(u'\xe9').read())
try:
    s.truncate(-1)
except IOError as e:
    print e.errno, e
s.close()
s.close()
print s.closed
for m in ['getvalue', 'read', 'readline', 'tell', 'isatty', 'flush',
          'truncate', 'next', 'readlines']:
    try:
        getattr(s, m)()
    except Exception as e:
        print m, type(e).__name__, e
for m, a in [('write', 'x'), ('seek', 0), ('writelines', ['a'])]:
    try:
        getattr(s, m)(a)
    except Exception as e:
        print m, type(e).__name__, e
s = StringIO.StringIO()
print >>s, 'a', 1
print >>s, 'b',
print >>s, u'\xe9'
print repr(s.getvalue())
s = StringIO.StringIO()
s.write('\xe9')
s.write(u'x')
try:
    s.getvalue()
except UnicodeError as e:
    print type(e).__name__
print s.len, s.pos
s = StringIO.StringIO('hello')
s.seek(10)
s.write(u'!')
print repr(s.getvalue()), s.read(), repr(s.read(None))
print StringIO.__all__

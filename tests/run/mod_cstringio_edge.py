# cStringIO beyond the basics: argument errors, unicode and buffers,
# seek/truncate/readline edge cases, closed objects, softspace, the types.
import cStringIO
from cStringIO import StringIO


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=', repr(r)


def addr(s):
    # The repr with its address taken out.
    i = s.index(' at 0x') + 4
    j = i + 2
    while s[j] in '0123456789abcdef':
        j += 1
    return s[:i] + 'ADDR' + s[j:]


# The module and its types.
print sorted(n for n in dir(cStringIO) if not n.startswith('__'))
print cStringIO.InputType, cStringIO.OutputType
print type(cStringIO.cStringIO_CAPI).__name__, addr(repr(cStringIO.cStringIO_CAPI))
print type(StringIO()) is cStringIO.OutputType, type(StringIO('')) is cStringIO.InputType
print addr(repr(StringIO())), addr(str(StringIO('x')))
print cStringIO.OutputType.__module__, cStringIO.OutputType.__name__
print sorted(n for n in dir(StringIO()) if not n.startswith('_'))
print sorted(n for n in dir(StringIO('')) if not n.startswith('_'))
print type(cStringIO.OutputType.__dict__['closed']).__name__, type(cStringIO.OutputType.__dict__['softspace']).__name__
show('OutputType()', cStringIO.OutputType)
show('InputType("x")', cStringIO.InputType, 'x')
try:
    class Sub(cStringIO.OutputType):
        pass
except TypeError as e:
    print 'subclass ->', e
o = StringIO()
print o == o, o != StringIO(), hash(o) == hash(o)

# StringIO() arguments.
show('StringIO(1, 2)', StringIO, 1, 2)
show('StringIO(x=1)', lambda: StringIO(x=1))
for v in [None, 5, 1.5, [], u'\xe9t\xe9', u'ok', bytearray('ba'), buffer('bufferx', 3), buffer('abc', 1, 1),
          memoryview('mv'), memoryview('xyz')[1:]]:
    show('StringIO(%s)' % type(v).__name__, lambda: StringIO(v).read())


class S(str):
    pass


class U(unicode):
    pass


print repr(StringIO(S('sub')).read()), repr(StringIO(U(u'usub')).read())
show('StringIO(U)', StringIO, U(u'\u20ac'))

# write() arguments.
o = StringIO()
for v in ['a', u'b', S('c'), U(u'd'), bytearray('e'), buffer('fg', 1), memoryview('h'), '',
          None, 5, 2.0, [], u'\xff', U(u'\u1234'), object()]:
    show('write(%s)' % type(v).__name__, o.write, v)
print repr(o.getvalue())
show('write()', o.write)
show('write(1, 2)', o.write, 'a', 'b')
show('write(s=)', lambda: o.write(s='x'))

# writelines()
o = StringIO()
o.writelines(['a', u'b', S('c'), U(u'd')])
o.writelines(iter(['e', 'f']))
o.writelines('gh')
o.writelines(())
print repr(o.getvalue())
for v in [[1], [None], [bytearray('x')], [buffer('x')], ['ok', u'\xe9', 'never'], 5, None]:
    show('writelines(%s)' % type(v).__name__, o.writelines, v)
print repr(o.getvalue())
show('writelines()', o.writelines)
show('writelines(a, b)', o.writelines, [], [])


def gen():
    yield 'from a generator '
    raise KeyError('stop')
show('writelines(gen)', o.writelines, gen())
print repr(o.getvalue())

# read()
i = StringIO('0123456789')
print repr(i.read(0)), repr(i.read(3)), repr(i.read(-1)), repr(i.read()), repr(i.read(5)), i.tell()
i.reset()
print repr(i.read(100)), i.tell()
i.seek(3)
print repr(i.read(-100)), i.tell()
i.reset()
print repr(i.read(2L)), repr(i.read(True)), i.tell()
for v in [1.0, None, 'x', 2 ** 70, -2 ** 70]:
    show('read(%r)' % (v,), i.read, v)
show('read(1, 2)', i.read, 1, 2)
show('read(n=1)', lambda: i.read(n=1))


class Idx(object):
    def __index__(self):
        return 2


class Int(object):
    def __int__(self):
        return 2


show('read(Idx())', i.read, Idx())
show('read(Int())', i.read, Int())
show('readline(Int())', i.readline, Int())
show('seek(Int())', i.seek, Int())
show('seek(0, Int())', i.seek, 0, Int())
show('truncate(Int())', StringIO('abcdef').truncate, Int())

# readline() and readlines()
i = StringIO('first line\nsecond\n\nlast')
print repr(i.readline(0)), repr(i.readline(3)), repr(i.readline(-1)), repr(i.readline(100))
print repr(i.readline()), repr(i.readline()), repr(i.readline()), repr(i.readline()), i.tell()
for v in [1.5, None, 2 ** 31, -2 ** 31 - 1, 2 ** 70]:
    show('readline(%r)' % (v,), i.readline, v)
show('readline(1, 2)', i.readline, 1, 2)
i.reset()
print i.readlines(1), i.readlines(0), i.readlines()
i.reset()
print i.readlines(-5), i.readlines(12)
i.reset()
print i.readlines(12), i.readlines(100)
i.reset()
print i.readlines(2 ** 40)
for v in [1.5, None, 2 ** 70]:
    show('readlines(%r)' % (v,), i.readlines, v)
show('readlines(1, 2)', i.readlines, 1, 2)
print StringIO('\n\n\n').readlines(), StringIO('no newline').readlines(), StringIO('').readlines()
print StringIO('a\rb\r\nc\n').readlines()

# Iteration.
i = StringIO('x\ny\nz')
print iter(i) is i, list(i), list(i)
i.reset()
print i.next(), repr(i.read(1)), list(i)
show('next()', i.next)
show('next(1)', i.next, 1)
o = StringIO()
o.write('p\nq\n')
print list(o)
o.seek(0)
print [line for line in o]

# seek()
o = StringIO()
o.write('abcdef')
for args in [(2,), (2, 0), (-1, 1), (1, 1), (-2, 2), (5, 2), (-100,), (-100, 2), (3, 7), (3, -1), (0, 2)]:
    o.seek(3)
    o.seek(*args)
    print 'seek%r ->' % (args,), o.tell()
for args in [(), (1, 2, 3), (1.0,), (1, 1.0), ('x',), (None,), (2 ** 70,), (0, 2 ** 31), (0, -2 ** 31 - 1), (0, 2 ** 70)]:
    show('seek%r' % (args,), o.seek, *args)
show('seek(pos=1)', lambda: o.seek(pos=1))
print o.tell()

# Writing past the end pads with NUL bytes; overwriting in the middle.
o = StringIO()
o.seek(5)
print o.tell(), repr(o.getvalue()), repr(o.read())
o.write('end')
print repr(o.getvalue()), o.tell()
o.seek(2)
o.write('XY')
print repr(o.getvalue()), o.tell(), repr(o.read())
o.seek(0, 2)
o.write('more')
o.seek(-2, 2)
o.write('ABCD')
print repr(o.getvalue()), o.tell()
o.seek(100)
print repr(o.getvalue()), repr(o.getvalue(True)), repr(o.read()), repr(o.readline()), o.readlines(), o.tell()
o.write('')
print repr(o.getvalue())
show('seek(2**62) write', lambda: (o.seek(2 ** 62), o.write('x')))
show('seek(2**63-1) write', lambda: (o.seek(2 ** 63 - 1), o.write('x')))
o.seek(0, 2)
print o.tell(), len(o.getvalue())

# getvalue()
o = StringIO()
o.write('hello')
o.seek(2)
print repr(o.getvalue()), repr(o.getvalue(True)), repr(o.getvalue(0)), repr(o.getvalue(None)), repr(o.getvalue([1]))
show('getvalue(1, 2)', o.getvalue, 1, 2)
show('getvalue(use_pos=1)', lambda: o.getvalue(use_pos=1))


class Bad(object):
    def __nonzero__(self):
        raise ValueError('no truth')


show('getvalue(Bad())', o.getvalue, Bad())

# truncate()
o = StringIO()
o.write('0123456789')
o.truncate(20)
print repr(o.getvalue()), o.tell()
o.seek(4)
o.truncate()
print repr(o.getvalue()), o.tell()
o.seek(1)
o.truncate(3)
print repr(o.getvalue()), o.tell()
o.truncate(0)
print repr(o.getvalue()), o.tell()
o.write('new')
print repr(o.getvalue())
o.seek(10)
o.truncate()
print repr(o.getvalue()), o.tell()
o.seek(10)
o.truncate(2)
print repr(o.getvalue()), o.tell()
for v in [-1, -2 ** 40, 1.0, None, 'x', 2 ** 70]:
    show('truncate(%r)' % (v,), o.truncate, v)
show('truncate(1, 2)', o.truncate, 1, 2)
show('truncate(size=1)', lambda: o.truncate(size=1))
print repr(o.getvalue()), o.tell()
i = StringIO('input text')
i.seek(5)
i.truncate()
print repr(i.getvalue()), i.tell(), repr(i.read())
i.truncate(2)
print repr(i.getvalue()), i.tell()
show('StringI truncate(-1)', i.truncate, -1)
i.truncate(50)
print repr(i.getvalue())

# reset, tell, flush, isatty, close take no arguments.
o = StringIO()
for name in ['reset', 'tell', 'flush', 'isatty', 'close']:
    show(name + '(1)', getattr(o, name), 1)
    show(name + '(x=1)', lambda: getattr(o, name)(x=1))
print o.isatty(), o.flush(), o.reset(), o.tell()

# Read-only objects.
i = StringIO('ro')
for name in ['write', 'writelines', 'softspace', 'foo']:
    show('StringI.' + name, getattr, i, name)
try:
    i.softspace = 1
except AttributeError as e:
    print 'set softspace ->', e
try:
    i.closed = True
except AttributeError as e:
    print 'set closed ->', e

# softspace and print.
o = StringIO()
print o.softspace
print >>o, 'a', 1,
print o.softspace
print >>o, 'b'
print o.softspace, repr(o.getvalue())
for v in [1, 0, True, 7.9, -3, 2L, 2 ** 40 + 5, 2 ** 70, 'x', None]:
    try:
        o.softspace = v
        print 'softspace = %r ->' % (v,), o.softspace
    except Exception as e:
        print 'softspace = %r ->' % (v,), type(e).__name__ + ':', e
try:
    del o.softspace
except TypeError as e:
    print 'del softspace ->', e
try:
    o.other = 1
except AttributeError as e:
    print 'set other ->', e

# Closed objects.
for o in [StringIO(), StringIO('input')]:
    o.close()
    print type(o).__name__, o.closed, o.close(), iter(o) is o
    for name, args in [('getvalue', ()), ('getvalue', (1, 2)), ('read', ()), ('read', ('x',)),
                       ('readline', ()), ('readline', ('x',)), ('readlines', ()), ('readlines', ('x',)),
                       ('seek', (0,)), ('seek', ('x',)), ('tell', ()), ('truncate', ()), ('truncate', (-1,)),
                       ('reset', ()), ('flush', ()), ('isatty', ()), ('next', ()),
                       ('write', ('x',)), ('write', (5,)), ('write', ('',)),
                       ('writelines', ([],)), ('writelines', ([''],)), ('writelines', (5,))]:
        if hasattr(o, name):
            show('closed %s%r' % (name, args), getattr(o, name), *args)
    try:
        list(o)
    except ValueError as e:
        print 'list ->', e
o = StringIO()
o.softspace = 1
o.close()
print o.softspace, o.closed

# Many writes, reads back.
o = StringIO()
for k in xrange(20000):
    o.write('%d\n' % k)
v = o.getvalue()
print len(v), v[-12:].split()
o.seek(0)
lines = o.readlines()
print len(lines), lines[:3], lines[-1]
o.seek(0)
n = 0
for line in o:
    n += len(line)
print n == len(v)
o = StringIO()
o.writelines('%d,' % k for k in xrange(5000))
print len(o.getvalue()), o.tell()

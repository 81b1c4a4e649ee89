# In-place operators: __iadd__ etc., fallback to binary operators, NotImplemented, return values.
names = ['add', 'sub', 'mul', 'div', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor']
syms = ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']
class IP(object):
    def __init__(self):
        self.log = []
for n in names:
    def mk(n):
        def f(self, o):
            self.log.append(n)
            return self
        return f
    setattr(IP, '__i%s__' % n, mk(n))
x = IP()
orig = x
for s in syms:
    exec 'x %s 2' % s
print x is orig, x.log
# without __iadd__ the binary method is used and rebinds
class Bin(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Bin(self.v + o)
    def __radd__(self, o):
        return 'radd'
b = Bin(1)
ob = b
b += 5
print b.v, b is ob, ob.v
# __iadd__ returning NotImplemented falls back to __add__
class NIAdd(object):
    def __iadd__(self, o):
        print 'iadd NotImplemented'
        return NotImplemented
    def __add__(self, o):
        return 'binary add'
n = NIAdd()
n += 1
print n
# __iadd__ returning something else rebinds the name to it
class Ret(object):
    def __iadd__(self, o):
        return 'returned value'
r = Ret()
r += 1
print r
# fallback to reflected operand of the right side
class RightOnly(object):
    def __radd__(self, o):
        return 'right radd of %r' % (o,)
v = 5
v += RightOnly()
print v
s = 'str'
s += RightOnly()
print s
# in-place on attributes and subscripts evaluates the target once
class Obj(object):
    def __init__(self):
        self.count = 0
        self._v = 10
    @property
    def v(self):
        self.count += 1
        return self._v
    @v.setter
    def v(self, val):
        self.count += 100
        self._v = val
o = Obj()
o.v += 1
print o._v, o.count
class Sub(object):
    def __init__(self):
        self.d = {}
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
        self.d[k] = v
sb = Sub()
def key():
    print 'key evaluated'
    return 'k'
sb[key()] += 3
print sb.log
# in-place errors
class Nothing(object):
    pass
for stmt in ('z += 1', 'z -= 1', 'z *= 2', 'z **= 2', 'z |= 1'):
    z = Nothing()
    try:
        exec stmt
    except TypeError as e:
        print stmt, type(e).__name__, e
# lists and tuples: += extends list in place, tuples rebind
l = [1]
l2 = l
l += (2, 3)
l *= 2
print l, l2 is l
t = (1,)
t2 = t
t += (2,)
print t, t2
# in-place on immutable builtins creates new objects
i = 10
j = i
i += 1
print i, j

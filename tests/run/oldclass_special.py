# Special methods on classic instances, including instance-level overrides (classic instances look them up
# on the instance, unlike new-style ones).
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % self.v
    def __str__(self):
        return 'V=%s' % self.v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __sub__(self, o):
        return V(self.v - o)
    def __mul__(self, o):
        return V(self.v * o)
    def __neg__(self):
        return V(-self.v)
    def __abs__(self):
        return V(abs(self.v))
    def __len__(self):
        return abs(self.v)
    def __getitem__(self, i):
        if i >= self.v:
            raise IndexError(i)
        return i * 10
    def __contains__(self, x):
        return x == 'magic'
    def __call__(self, *a):
        return ('called', a)
    def __cmp__(self, o):
        return cmp(self.v, o.v if isinstance(o, V) else o)
    def __hash__(self):
        return hash(self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __nonzero__(self):
        return self.v != 0
    def __index__(self):
        return self.v
v = V(3)
print v, repr(v), str(v), '%s %r' % (v, v), [v]
print v + 1, 1 + v, v + V(10), v - 1, v * 2, -v, abs(V(-4)), len(v), v[1], list(v), 'magic' in v, 'x' in v
print v(1, 2), v < 5, v == 3, v > V(1), sorted([V(2), V(1)]), hash(v) == hash(3), int(v), float(v), bool(V(0))
print range(10)[v], 'abcdef'[v:], [1, 2, 3, 4][:v]
w = v
w += 5
print w is v, v
# missing special methods
class Plain:
    pass
p = Plain()
for expr in ('p + 1', '1 + p', '-p', 'len(p)', 'p[0]', 'p()', 'iter(p)', 'int(p)', 'float(p)', 'abs(p)', "'x' in p",
             'hex(p)', 'range(10)[p]'):
    try:
        r = eval(expr)
        print expr, 'ok', r if not isinstance(r, Plain) else 'Plain'
    except (TypeError, AttributeError) as e:
        print expr, '->', type(e).__name__, e
# instance-level special methods ARE honoured for classic instances
class Dyn:
    pass
d = Dyn()
d.__len__ = lambda: 42
d.__repr__ = lambda: 'instance repr'
d.__call__ = lambda x: 'instance call %s' % x
d.__getitem__ = lambda i: i * 2
d.__add__ = lambda o: 'instance add %s' % o
print len(d), repr(d), d('y'), d[21], d + 1
# __getattr__ supplies special methods for classic instances
class Delegate:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        return getattr(self.target, name)
dl = Delegate([3, 1, 2])
print len(dl), dl[0], 2 in dl, list(dl), dl.count(1), str(dl), repr(dl) == repr([3, 1, 2])
dl2 = Delegate(5)
print dl2 + 1, -dl2, dl2 * 3
# rich comparisons on classic instances
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return 'lt called'
    def __eq__(self, o):
        return self.v == getattr(o, 'v', o)
print R(1) < R(2), R(1) == R(1), R(1) == 1, R(1) != R(2), R(2) > R(1)
# __nonzero__ returning non-bool/int
class BadNZ:
    def __nonzero__(self):
        return 'yes'
try:
    bool(BadNZ())
except TypeError as e:
    print type(e).__name__, e
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print type(e).__name__, e
try:
    bool(BadLen())
except ValueError as e:
    print type(e).__name__, e
# __str__ falls back to __repr__, __repr__ default not printed
class OnlyRepr:
    def __repr__(self):
        return 'only repr'
print str(OnlyRepr()), OnlyRepr(), '%s' % OnlyRepr()
class OnlyStr:
    def __str__(self):
        return 'only str'
print str(OnlyStr()), repr(OnlyStr()).startswith('<__main__.OnlyStr instance at ')

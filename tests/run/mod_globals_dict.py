# A module's namespace (globals(), module.__dict__) behaves as any dict,
# though pystm keeps one cell per name in it.
import sys
g = globals()
a = 1
b = 'two'
g['c'] = 3.0
print a, b, c
a = 10
g['b'] = 'TWO'
print a, b, g['a'], g.get('c'), g.get('zz', 'none')
print sorted(k for k in g if len(k) == 1)
print sorted((k, v) for k, v in g.items() if len(k) == 1 and k != 'g')
print sorted(v for k, v in g.iteritems() if len(k) == 1 and not isinstance(v, (str, dict)))
print 'a' in g, 'zz' in g, g.has_key('b')
print g.setdefault('a', 99), g.setdefault('d', 4), d
print g.pop('d'), 'd' in g
try:
    d
except NameError as e:
    print 'NameError', e
def f():
    global a, e1
    a += 1
    e1 = 'new'
    del g['c']
f()
print a, e1, 'c' in g
cp = g.copy()
print type(cp) is dict, cp['a'], cp['e1']
cp['a'] = -1
print a, cp['a']
g.update({'x1': 1, 'x2': 2}, x3=3)
print x1, x2, x3
print sorted(k for k in vars() if k.startswith('x'))
m = type(sys)('scratch')
md = m.__dict__
md['v'] = 5
m.w = 6
print m.v, md['w'], sorted(md.keys())
md.clear()
print md
m.z = 1
print md, m.z
del m.z
print md, hasattr(m, 'z')
md.update(p=1, q=2)
k, v = md.popitem()
print len(md), k in ('p', 'q'), v in (1, 2)
md2 = {'p': 1, 'q': 2}
m2 = type(sys)('m2')
m2.__dict__.update(md2)
for k in list(m2.__dict__):
    if k.startswith('__'):
        del m2.__dict__[k]
print m2.__dict__ == md2, md2 == m2.__dict__, m2.__dict__ != {'p': 1}
print sorted(m2.__dict__.values()), sorted(m2.__dict__.viewitems())
exec 'r = 7\nr += 1' in md
print md['r']
ns = {}
exec 'import math\ns = math.sqrt(16)' in ns
print ns['s']
import string
print string.__dict__['digits'], string.digits
string.digits = 'changed'
print string.__dict__['digits']

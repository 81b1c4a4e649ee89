# collections.defaultdict: constructor errors, __missing__, default_factory,
# reprs (recursive too), copy and __reduce__, subclasses.
from _collections import defaultdict
def r(x):
    s = repr(x)
    out = []
    i = 0
    while True:
        j = s.find('0x', i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j] + 'ADDR')
        k = j + 2
        while k < len(s) and s[k] in '0123456789abcdef':
            k += 1
        i = k
    return ''.join(out)
for args in [(5,), ('x',), (None,), (list, 5), (list, {'a': 1}, {'b': 2})]:
    try: print r(defaultdict(*args))
    except Exception as e: print type(e).__name__, e
try: defaultdict(default_factory=list)
except Exception as e: print type(e).__name__, e
print defaultdict(list, a=1)
d = defaultdict(list)
print d.__missing__('k'), d
try: d.__missing__()
except Exception as e: print type(e).__name__, e
n = defaultdict()
try: n.__missing__((1, 2))
except KeyError as e: print 'KeyError', e, e.args
try: n[(1, 2)]
except KeyError as e: print 'KeyError', e, e.args
d.default_factory = 5
try: d['zz']
except Exception as e: print type(e).__name__, e
del d.default_factory
print d.default_factory
try: d['zz']
except Exception as e: print type(e).__name__, e
print r(defaultdict(int).__reduce__()[1:]), defaultdict(int).__reduce__()[0] is defaultdict, defaultdict(None, {'a': 1}).__reduce__()[1]
print r(defaultdict(list, {'a': 1}).__reduce__()[4])
class F(object):
    def __call__(self): return 0
    def __repr__(self): return 'F()'
print defaultdict(F())
d = defaultdict(None)
d.default_factory = d
print r(d)
class DD(defaultdict):
    pass
x = DD(int, {'a': 1})
print x, type(x.copy()).__name__, x.copy(), x.__copy__().default_factory
x.attr = 2
print x.__dict__, r(x.__reduce__()[1:]), x.__reduce__()[0] is DD
print defaultdict.__doc__ is not None, [k for k in ('__missing__', 'copy', '__copy__', '__reduce__', 'default_factory') if k in defaultdict.__dict__]
print defaultdict.default_factory
print defaultdict(list) == defaultdict(int), defaultdict(list, a=1) != {'a': 1}
d = defaultdict(list)
d.__init__(int, {'q': 1})
print d
d.__init__()
print d
try: defaultdict.__init__({}, list)
except Exception as e: print type(e).__name__, e
class Set(defaultdict):
    def __setitem__(self, k, v):
        print 'setitem', k, v
        defaultdict.__setitem__(self, k, v)
s = Set(list)
s['k'].append(1)
print s
d = defaultdict(list)
d2 = d.copy()
d2['x']
print d, d2
print isinstance(defaultdict(), dict), defaultdict.__base__, defaultdict.__mro__[1:], defaultdict.__name__, defaultdict.__module__
print hash(defaultdict.__hash__) != 0 if defaultdict.__hash__ else defaultdict.__hash__
import copy
dd = defaultdict(list, {'x': [1]})
dc = copy.copy(dd)
print dc['x'] is dd['x'], dc == dd, dc.default_factory
print dict(defaultdict(int, {'a': 1})), str(defaultdict(int))
dd = defaultdict(int)
print dd.get('a'), dd.setdefault('b', 5), dd.pop('c', 'dflt'), dd
try: dd.pop('missing')
except KeyError as e: print 'KeyError', e

# copy: shallow and deep copies of builtins, cycles and shared references.
import copy

for v in (1, 1L, 1.5, 2j, 'str', u'uni', None, True, (1, 2), len, int):
    print type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v
l = [1, [2, 3], {'k': [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print s == l, s is l, s[1] is l[1], d[1] is l[1], d[2]['k'] is l[2]['k']
l[1].append('x')
print s, d
print copy.copy({'a': [1]})['a'] is not None
dd = {'a': [1], 'b': {'c': (1, [2])}}
dc = copy.deepcopy(dd)
print dc == dd, dc['b']['c'] is dd['b']['c'], dc['b']['c'][1] is dd['b']['c'][1]
t = (1, 2, (3, 4))
print copy.deepcopy(t) is t
t2 = (1, [2])
print copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2
print copy.copy(set([1, 2])), copy.deepcopy(set([(1, 2)]))
print copy.copy(bytearray('ab')), copy.deepcopy([bytearray('x')])

# shared references stay shared
inner = [0]
outer = [inner, inner]
c = copy.deepcopy(outer)
print c[0] is c[1], c[0] is inner
# cycles
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print cc[1] is cc, cc is not cyc, cc[0]
dcyc = {}
dcyc['self'] = dcyc
dd2 = copy.deepcopy(dcyc)
print dd2['self'] is dd2, dd2 is not dcyc
# memo
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print y[0] is y[1], id(x) in memo, memo[id(x)] is y[0]

class Plain(object):
    def __init__(self):
        self.items = [1, 2]
        self.name = 'p'
p = Plain()
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print type(p2).__name__, p2 is p, p2.items is p.items, p3.items is p.items, p3.items == p.items, p3.name
class Old:
    def __init__(self):
        self.v = [1]
o = Old()
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
print o2.__class__ is Old, o2.v is o.v, o3.v is o.v, o3.v
class Slots(object):
    __slots__ = ('a', 'b')
so = Slots()
so.a = [1]
sc = copy.copy(so)
sd = copy.deepcopy(so)
print sc.a is so.a, sd.a is so.a, sd.a, hasattr(sd, 'b')
def func():
    pass
print copy.copy(func) is func, copy.deepcopy(func) is func
print copy.deepcopy(Plain) is Plain, copy.copy(Old) is Old
print copy.Error is copy.error, issubclass(copy.Error, Exception)
class Sub(list):
    pass
sl = Sub([1, [2]])
sl.attr = 'a'
slc = copy.copy(sl)
sld = copy.deepcopy(sl)
print type(slc).__name__, slc, slc.attr, slc[1] is sl[1], sld[1] is sl[1], sld.attr
class SubD(dict):
    pass
sdc = copy.deepcopy(SubD(a=[1]))
print type(sdc).__name__, sdc
try:
    copy.copy(iter([]))
except TypeError as e:
    print 'TypeError:', e
print copy.copy(Ellipsis) is Ellipsis, copy.deepcopy(Ellipsis) is Ellipsis
print copy.copy(frozenset([1])) == frozenset([1]), copy.deepcopy(frozenset([(1, 2)]))

# assert and del statements.
assert True
assert 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print type(e).__name__, repr(e), e.args
try:
    assert 0, 'with message'
except AssertionError as e:
    print type(e).__name__, e, e.args
try:
    assert [], ('tuple', 'msg')
except AssertionError as e:
    print e.args
try:
    assert None, 42
except AssertionError as e:
    print e.args
# message evaluated only on failure
def msg():
    print 'msg evaluated'
    return 'm'
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print e
print __debug__

# del of names
a = 1
del a
try:
    a
except NameError as e:
    print type(e).__name__, e
try:
    del a
except NameError as e:
    print type(e).__name__, e

# del of list items and slices
l = range(10)
del l[0]
print l
del l[-1]
print l
del l[2:4]
print l
del l[::2]
print l
del l[:]
print l
try:
    del l[0]
except IndexError as e:
    print type(e).__name__, e

# del of dict items
d = {'a': 1, 'b': 2}
del d['a']
print d
try:
    del d['zz']
except KeyError as e:
    print type(e).__name__, e

# del of attributes
class C(object):
    cls_attr = 1
c = C()
c.x = 5
del c.x
try:
    del c.x
except AttributeError as e:
    print type(e).__name__, e
try:
    del c.cls_attr
except AttributeError as e:
    print type(e).__name__, e
del C.cls_attr
print hasattr(C, 'cls_attr')

# del of tuple targets and nested
p, q, r = 1, 2, 3
del p, (q, r)
print 'p' in dir(), 'q' in dir(), 'r' in dir()

# del on immutable objects
for stmt in ('del t[0]', 'del s[0]', 'del n.real', 'del f.x'):
    t = (1, 2)
    s = 'abc'
    n = 5
    f = 1.5
    try:
        exec stmt
    except (TypeError, AttributeError) as e:
        print stmt, '->', type(e).__name__, e

# del in function (locals)
def fn():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print fn()

# del global from function
gv = 'global'
def delg():
    global gv
    del gv
delg()
print 'gv' in globals()

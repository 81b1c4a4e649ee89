# Recursion errors raised inside the runtime rather than by Python frames:
# comparing, printing and type-checking very deeply nested containers.
# Each case has one deterministic message in 2.7.
def nest(n, make=list):
    x = make()
    for i in range(n):
        x = make([x])
    return x

def nest_dict(n):
    d = {}
    x = d
    for i in range(n):
        x['k'] = {}
        x = x['k']
    return d

def t(label, f):
    try:
        r = f()
        print label, '-> ok', r
    except RuntimeError as e:
        print label, '-> RuntimeError:', e

deep = nest(5000)
t('deep list == deep list', lambda: deep == nest(5000))
t('deep list < deep list', lambda: deep < nest(5000))
t('cmp(deep, deep copy)', lambda: cmp(deep, nest(5000)))
t('deep in [deep copy]', lambda: nest(5000) in [deep])
t('deep tuple == deep tuple', lambda: nest(5000, tuple) == nest(5000, tuple))
t('deep dict == deep dict', lambda: nest_dict(5000) == nest_dict(5000))
t('repr(deep list)', lambda: repr(deep))
t('str(deep list)', lambda: str(deep))
t('repr(deep tuple)', lambda: repr(nest(5000, tuple)))
t('repr(deep dict)', lambda: repr(nest_dict(5000)))
spec = int
for i in range(5000):
    spec = (spec,)
t('isinstance with deeply nested tuple', lambda: isinstance(1, spec))
t('issubclass with deeply nested tuple', lambda: issubclass(int, spec))
# the same operations on shallow data work
t('shallow list ==', lambda: nest(50) == nest(50))
t('shallow repr length', lambda: len(repr(nest(50))))
t('shallow dict ==', lambda: nest_dict(50) == nest_dict(50))
shallow = int
for i in range(50):
    shallow = (shallow,)
t('shallow isinstance', lambda: isinstance(1, shallow))
# identical objects short-cut the comparison: no recursion
t('deep == deep (same object)', lambda: deep == deep)
t('[deep] == [deep] (same element)', lambda: [deep] == [deep])
# self-referencing containers print with ... instead of recursing
l = [1]
l.append(l)
d = {'self': None}
d['self'] = d
t('repr of self-referencing list', lambda: repr(l))
t('repr of self-referencing dict', lambda: repr(d))
print 'done'

# __missing__ on dict subclasses: called only by d[key] (__getitem__), not get/in/setdefault/pop.
class Counter(dict):
    def __missing__(self, key):
        print 'missing', key
        return 0
c = Counter(a=1)
print c['a'], c['b'], c.get('b'), 'b' in c, c, c.get('z', 'dflt')
c['x'] += 5
print c
print c.setdefault('q', 7), c.pop('nope', 'popdflt'), c
class AutoVivify(dict):
    def __missing__(self, key):
        v = self[key] = AutoVivify()
        return v
tree = AutoVivify()
tree['a']['b']['c'] = 1
print tree, len(tree['a'])
class Raising(dict):
    def __missing__(self, key):
        raise KeyError('custom: %s' % key)
try:
    Raising()['k']
except KeyError as e:
    print type(e).__name__, e
class WrongType(dict):
    def __missing__(self, key):
        raise ValueError('not a KeyError')
try:
    WrongType()['k']
except ValueError as e:
    print type(e).__name__, e
# __missing__ must be on the class
class Plain(dict):
    pass
p = Plain()
p.__missing__ = lambda k: 'instance missing'
try:
    p['k']
except KeyError as e:
    print type(e).__name__, e
# plain dict has no __missing__
print hasattr(dict, '__missing__'), hasattr(Counter, '__missing__')
# __missing__ on a subclass that overrides __getitem__ is only called by dict.__getitem__
class Overrides(dict):
    def __getitem__(self, k):
        return 'custom getitem ' + str(dict.get(self, k, 'absent'))
    def __missing__(self, k):
        return 'never'
print Overrides()['x']
# dict.__getitem__ called explicitly still uses __missing__
print dict.__getitem__(Counter(), 'explicit')
# defaultdict-like with factory
class DD(dict):
    def __init__(self, factory, *a, **k):
        dict.__init__(self, *a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DD(list)
dd['x'].append(1)
dd['x'].append(2)
dd['y']
print sorted(dd.items())
# __missing__ receives the exact key object
class Show(dict):
    def __missing__(self, key):
        return (type(key).__name__, key)
print Show()[1.5], Show()[(1, 2)], Show()[None]
try:
    Show()[[1]]
except TypeError as e:
    print type(e).__name__, e

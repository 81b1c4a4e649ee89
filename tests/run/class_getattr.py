# __getattr__, __getattribute__, __setattr__, __delattr__ on new-style classes.
class Lazy(object):
    existing = 'class attr'
    def __init__(self):
        self.inst = 'inst attr'
    def __getattr__(self, name):
        if name.startswith('bad'):
            raise AttributeError('no ' + name)
        return 'computed ' + name
l = Lazy()
print l.existing, l.inst, l.anything, getattr(l, 'other'), hasattr(l, 'bad_one'), getattr(l, 'bad_x', 'default')
try:
    l.bad_attr
except AttributeError as e:
    print type(e).__name__, e
# __getattr__ not used for special method lookup by operators
try:
    len(l)
except TypeError as e:
    print type(e).__name__, e
print l.__len__
class Tracing(object):
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(('get', name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
    def method(self):
        return 'method'
t = Tracing()
t.a = 1
print t.a
t.method()
del t.a
try:
    t.a
except AttributeError as e:
    print type(e).__name__, e
try:
    del t.zz
except AttributeError as e:
    print type(e).__name__, e
print t.log
# __getattribute__ raising AttributeError falls back to __getattr__
class Both(object):
    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for ' + name
    visible = 'visible'
b = Both()
print b.visible, b.hidden, b.nothing
# __setattr__ that refuses
class Frozen(object):
    def __setattr__(self, name, value):
        raise AttributeError('frozen: cannot set %s' % name)
f = Frozen()
try:
    f.x = 1
except AttributeError as e:
    print type(e).__name__, e
object.__setattr__(f, 'x', 'bypassed')
print f.x
# __setattr__ storing in a different place
class Redirect(object):
    def __init__(self):
        self.__dict__['store'] = {}
    def __setattr__(self, name, value):
        self.store[name] = value
    def __getattr__(self, name):
        try:
            return self.store[name]
        except KeyError:
            raise AttributeError(name)
r = Redirect()
r.x = 10
print r.x, r.store, 'x' in r.__dict__
# __getattr__ recursion guard: accessing missing attribute inside __getattr__
class Careful(object):
    def __getattr__(self, name):
        if name == 'data':
            raise AttributeError(name)
        return self.data.get(name)
try:
    Careful().foo
except AttributeError as e:
    print type(e).__name__, e
# getattr/setattr/delattr/hasattr builtins with these hooks
class Hooks(object):
    def __getattr__(self, n):
        if n == 'boom':
            raise ValueError('boom in getattr')
        raise AttributeError(n)
hk = Hooks()
print hasattr(hk, 'x'), getattr(hk, 'x', 'dflt')
try:
    hasattr(hk, 'boom')
    print 'hasattr swallowed ValueError'
except ValueError as e:
    print 'hasattr propagated', type(e).__name__, e
try:
    getattr(hk, 'boom', 'dflt')
except ValueError as e:
    print 'getattr propagated', type(e).__name__, e
# object.__getattribute__ on class attributes and special names
class S(object):
    cattr = 'c'
s = S()
print object.__getattribute__(s, 'cattr'), object.__getattribute__(s, '__class__').__name__
try:
    object.__getattribute__(s, 'missing')
except AttributeError as e:
    print type(e).__name__, e
try:
    object.__setattr__(5, 'x', 1)
except (AttributeError, TypeError) as e:
    print type(e).__name__, e
try:
    object.__setattr__(S, 'x', 1)
except TypeError as e:
    print type(e).__name__, e
try:
    setattr(object, 'x', 1)
except TypeError as e:
    print type(e).__name__, e
try:
    setattr(int, 'x', 1)
except TypeError as e:
    print type(e).__name__, e
try:
    del S.nothing
except AttributeError as e:
    print type(e).__name__, e

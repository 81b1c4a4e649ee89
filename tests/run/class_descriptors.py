# Descriptor protocol: data vs non-data precedence, __get__ with and without instance, __set__, __delete__.
class Verbose(object):
    def __init__(self, name):
        self.name = name
    def __get__(self, inst, owner):
        print 'get', self.name, inst is None, owner.__name__
        if inst is None:
            return self
        return inst.__dict__.get('_' + self.name, 'unset')
    def __set__(self, inst, value):
        print 'set', self.name, value
        inst.__dict__['_' + self.name] = value
    def __delete__(self, inst):
        print 'delete', self.name
        inst.__dict__.pop('_' + self.name, None)
class NonData(object):
    def __get__(self, inst, owner):
        return 'nondata from ' + ('class' if inst is None else 'instance')
class Host(object):
    d = Verbose('d')
    n = NonData()
h = Host()
print h.d
h.d = 5
print h.d
del h.d
print h.d
print Host.d.name
# instance dict shadows non-data descriptors but not data descriptors
h.__dict__['n'] = 'instance value'
h.__dict__['d'] = 'shadow attempt'
print h.n, h.d, Host.n
# descriptor with only __set__ is still a data descriptor
class SetOnly(object):
    def __set__(self, inst, v):
        inst.__dict__['so'] = v * 2
class H2(object):
    so = SetOnly()
h2 = H2()
h2.so = 4
print h2.so if not isinstance(h2.so, SetOnly) else 'descriptor object returned', h2.__dict__
# descriptor with __get__ and __delete__ only: setting raises
class GetDel(object):
    def __get__(self, inst, owner):
        return 'gd'
    def __delete__(self, inst):
        print 'gd delete'
class H3(object):
    gd = GetDel()
h3 = H3()
try:
    h3.gd = 1
except AttributeError as e:
    print type(e).__name__, e
del h3.gd
# non-data descriptor without __set__: deleting instance attr that does not exist
try:
    del h.n
    print 'deleted instance n'
    del h.n
except AttributeError as e:
    print type(e).__name__, e
# descriptors on metaclass are used for class attribute access
class MetaVerbose(object):
    def __init__(self):
        self.store = {}
    def __get__(self, cls, meta):
        print 'meta get', cls.__name__, meta.__name__
        return self.store.get(cls.__name__, 'unset')
    def __set__(self, cls, value):
        print 'meta set', cls.__name__, value
        self.store[cls.__name__] = value
class MetaDesc(type):
    cls_d = MetaVerbose()
class WithMeta(object):
    __metaclass__ = MetaDesc
print WithMeta.cls_d
WithMeta.cls_d = 'on class'
print WithMeta.cls_d, 'cls_d' in WithMeta.__dict__
try:
    WithMeta().cls_d
except AttributeError as e:
    print type(e).__name__, e
# a descriptor in the class dict of an instance's class, not the instance dict
h.__dict__['inst_desc'] = NonData()
print type(h.inst_desc).__name__
# functions are non-data descriptors
def func(self):
    return 'func'
print hasattr(func, '__get__'), hasattr(func, '__set__'), func.__get__(h, Host)()
# __get__ raising AttributeError falls back to __getattr__
class Raiser(object):
    def __get__(self, inst, owner):
        raise AttributeError('from descriptor')
class H4(object):
    r = Raiser()
    def __getattr__(self, name):
        return 'fallback ' + name
print H4().r
# builtin descriptors
print type(int.__dict__['real']).__name__, type(Host.__dict__['__dict__']).__name__, type(str.__dict__['upper']).__name__
print type(list.append).__name__, type([].append).__name__, type(dict.__dict__['fromkeys']).__name__
print int.__dict__['real'].__get__(5, int), str.__dict__['upper'].__get__('abc', str)(), Host.__dict__['__dict__'].__get__(h, Host) is h.__dict__
try:
    int.__dict__['real'].__set__(5, 1)
except (AttributeError, TypeError) as e:
    print type(e).__name__, e
try:
    str.__dict__['upper'].__get__(5, int)
except TypeError as e:
    print type(e).__name__, e

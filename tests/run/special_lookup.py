# Special method lookup for new-style classes: implicit invocations look on the type and bypass
# __getattribute__ and __getattr__; explicit calls go through normal attribute lookup.
class Meta(type):
    def __getattribute__(cls, name):
        if name.startswith('__') and name not in ('__name__', '__dict__', '__mro__', '__class__', '__bases__'):
            print 'metaclass __getattribute__', name
        return type.__getattribute__(cls, name)
class C(object):
    __metaclass__ = Meta
    log = []
    def __getattribute__(self, name):
        C.log.append(name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 5
    def __repr__(self):
        return 'C()'
    def __add__(self, o):
        return 'added'
    def __iter__(self):
        return iter([1, 2])
    def __getitem__(self, k):
        return k
c = C()
C.log = []
print len(c), repr(c), c + 1, list(c), c[3], str(c)
print C.log
C.log = []
print c.__len__(), c.__repr__()
print C.log
# __getattr__ cannot supply special methods for new-style instances
class Proxy(object):
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([1, 2, 3])
print p.count(1), p.__len__(), p.index(2)
for expr in ('len(p)', 'p[0]', 'iter(p)', 'p + [4]', '2 in p'):
    try:
        eval(expr)
    except TypeError as e:
        print expr, '->', type(e).__name__, e
# special methods assigned to the class after creation are found
class Late(object):
    pass
l = Late()
try:
    len(l)
except TypeError as e:
    print type(e).__name__, e
Late.__len__ = lambda self: 11
print len(l)
del Late.__len__
try:
    len(l)
except TypeError as e:
    print type(e).__name__, e
# special methods via descriptors: staticmethod, classmethod, property-like objects
class Desc(object):
    @staticmethod
    def __len__():
        return 'static len'
class Desc2(object):
    @classmethod
    def __repr__(cls):
        return 'classmethod repr of %s' % cls.__name__
print repr(Desc2())
try:
    len(Desc())
except TypeError as e:
    print type(e).__name__, e
class CallableAttr(object):
    class _Len(object):
        def __get__(self, inst, owner):
            return lambda: 7
    __len__ = _Len()
print len(CallableAttr())
# special methods inherited from builtin bases and overridden in subclasses
class L(list):
    def __len__(self):
        return 99
lst = L([1, 2])
print len(lst), list.__len__(lst), bool(L()), bool(lst)
class D(dict):
    def __getitem__(self, k):
        return 'D[%r]' % (k,)
    def __contains__(self, k):
        return True
dd = D(a=1)
print dd['a'], dd['zz'], 'zz' in dd, dd.get('a'), dict.__getitem__(dd, 'a')

# Argument passing errors: *args and **kwargs misuse, keyword names, defaults.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

def f(a, b=2, *args, **kw):
    return a, b, args, sorted(kw.items())
def g(a, b):
    return a, b

t('f(*5)', lambda: f(*5))
t('f(*None)', lambda: f(*None))
t('f(**5)', lambda: f(**5))
t('f(**[1])', lambda: f(**[('a', 1)]))
t('f(**None)', lambda: f(**None))
t('f(1, **{1: 2})', lambda: f(1, **{1: 2}))
t("f(1, **{u'b': 3})", lambda: f(1, **{u'b': 3}))
t("f(**{'a': 1, 'b': 2, 'c': 3})", lambda: f(**{'a': 1, 'b': 2, 'c': 3}))
t("f(1, a=2)", lambda: f(1, a=2))
t("f(1, **{'a': 2})", lambda: f(1, **{'a': 2}))
t("f(1, b=2, **{'b': 3})", lambda: f(1, b=2, **{'b': 3}))
t('g(*[1, 2, 3])', lambda: g(*[1, 2, 3]))
t('g(*[1])', lambda: g(*[1]))
t('g(*(x for x in [1, 2]))', lambda: g(*(x for x in [1, 2])))
t("g(*'ab')", lambda: g(*'ab'))
t("g(1, *[2], **{'a': 3})", lambda: g(1, *[2], **{'a': 3}))
t("g(**{'a': 1, 'b': 2})", lambda: g(**{'a': 1, 'b': 2}))
t("g(**{'a': 1})", lambda: g(**{'a': 1}))
t("g(*[1], **{'c': 2})", lambda: g(*[1], **{'c': 2}))

class Mapping(object):
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
t('g(**Mapping())', lambda: g(**Mapping()))
class NoGetitem(object):
    def keys(self):
        return ['a']
t('g(**NoGetitem())', lambda: g(**NoGetitem()))
class BadKeys(object):
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
t('g(**BadKeys())', lambda: g(**BadKeys()))

class C(object):
    def m(self, x):
        return x
t("C().m(**{'x': 1, 'self': 2})", lambda: C().m(**{'x': 1, 'self': 2}))
t('C.m(*[])', lambda: C.m(*[]))
t("getattr(C(), 'm')(1, 2)", lambda: getattr(C(), 'm')(1, 2))
t("dict(a=1, **{'a': 2})", lambda: dict(a=1, **{'a': 2}))
t("dict([1, 2])", lambda: dict([1, 2]))
t("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
t("dict([[1]])", lambda: dict([[1]]))
t("dict(5)", lambda: dict(5))
t("max(1)", lambda: max(1))
t("max([], key=len, x=1)", lambda: max([], key=len, x=1))
t("min(1, 2, key=5)", lambda: min(1, 2, key=5))
t("sorted([1, 2], key=5)", lambda: sorted([1, 2], key=5))
t("sorted([1, 2], cmp=5)", lambda: sorted([1, 2], cmp=5))
t("map(None)", lambda: map(None))
t("map(5, [1])", lambda: map(5, [1]))
t("filter(5, [1])", lambda: filter(5, [1]))
t("reduce(5, [1, 2])", lambda: reduce(5, [1, 2]))
t("apply(5)", lambda: apply(5))
t("apply(g, 5)", lambda: apply(g, 5))
t("apply(g, (1, 2), 5)", lambda: apply(g, (1, 2), 5))
t("(lambda *a: a)(*{'x': 1})", lambda: (lambda *a: a)(*{'x': 1}))
t("(lambda **k: k)(**{'x': 1})", lambda: (lambda **k: k)(**{'x': 1}))
def defaults(a, b=[]):
    b.append(a)
    return b
print defaults(1), defaults(2), defaults(3, [])
print f.func_defaults, g.func_defaults, f.func_code.co_argcount, f.func_code.co_varnames
t('f.func_defaults = 5', lambda: setattr(f, 'func_defaults', 5))
t('f.__name__ = 5', lambda: setattr(f, '__name__', 5))
t('del f.__name__', lambda: delattr(f, '__name__'))
t('f.func_code = 5', lambda: setattr(f, 'func_code', 5))
def h(): pass
def k(x): return x
t('h.func_code = k.func_code; h()', lambda: (setattr(h, 'func_code', k.func_code), h())[1])
def closure():
    y = 1
    def inner():
        return y
    return inner
t('h.func_code = closure code', lambda: setattr(h, 'func_code', closure().func_code))

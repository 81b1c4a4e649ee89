# Calling: non-callables and wrong argument counts, with 2.7's messages.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

t('5()', lambda: 5())
t('"s"()', lambda: 's'())
t('None()', lambda: None())
t('[1]()', lambda: [1]())
t('(1, 2)(3)', lambda: (1, 2)(3))
t('{}()', lambda: {}())
t('1.5()', lambda: 1.5())
class New(object):
    pass
class Old:
    pass
t('New()()', lambda: New()())
t('Old()()', lambda: Old()())

def f0():
    return 0
def f1(a):
    return a
def f2(a, b):
    return a, b
def fdef(a, b=2):
    return a, b
def fdef2(a, b=2, c=3):
    return a, b, c
def fvar(a, *args):
    return a, args
def fkw(a, **kw):
    return a, kw
def fall(a, b=1, *args, **kw):
    return a
def fnested(a, (b, c)):
    return a, b, c

t('f0(1)', lambda: f0(1))
t('f0(1, 2)', lambda: f0(1, 2))
t('f0(x=1)', lambda: f0(x=1))
t('f1()', lambda: f1())
t('f1(1, 2)', lambda: f1(1, 2))
t('f2(1)', lambda: f2(1))
t('f2()', lambda: f2())
t('f2(1, 2, 3)', lambda: f2(1, 2, 3))
t('f2(1, b=2, c=3)', lambda: f2(1, b=2, c=3))
t('f2(1, z=3)', lambda: f2(1, z=3))
t('f2(1, a=2)', lambda: f2(1, a=2))
t('f2(b=1)', lambda: f2(b=1))
t('fdef()', lambda: fdef())
t('fdef(1, 2, 3)', lambda: fdef(1, 2, 3))
t('fdef(b=1)', lambda: fdef(b=1))
t('fdef(1, 2, b=3)', lambda: fdef(1, 2, b=3))
t('fdef2(1, 2, 3, 4)', lambda: fdef2(1, 2, 3, 4))
t('fdef2()', lambda: fdef2())
t('fdef2(c=1)', lambda: fdef2(c=1))
t('fvar()', lambda: fvar())
t('fvar(b=1)', lambda: fvar(b=1))
t('fvar(1, a=2)', lambda: fvar(1, a=2))
t('fkw()', lambda: fkw())
t('fkw(1, 2)', lambda: fkw(1, 2))
t('fkw(1, a=2)', lambda: fkw(1, a=2))
t('fall()', lambda: fall())
t('fall(b=2)', lambda: fall(b=2))
t('fnested(1)', lambda: fnested(1))
t('fnested(1, 2)', lambda: fnested(1, 2))
t('fnested(1, (2, 3, 4))', lambda: fnested(1, (2, 3, 4)))
t('(lambda: 0)(1)', lambda: (lambda: 0)(1))
t('(lambda x, y: 0)(1)', lambda: (lambda x, y: 0)(1))
t('(lambda x=1: 0)(1, 2)', lambda: (lambda x=1: 0)(1, 2))

class C(object):
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
    def noself():
        return 0
obj = C()
t('obj.m()', lambda: obj.m())
t('obj.m(1, 2)', lambda: obj.m(1, 2))
t('obj.m(a=1, self=2)', lambda: obj.m(1, self=2))
t('C.m(1)', lambda: C.m(1))
t('C.m()', lambda: C.m())
t('C.m(obj)', lambda: C.m(obj))
t('C.m(Old(), 1)', lambda: C.m(Old(), 1))
t('C.s()', lambda: C.s())
t('obj.s(1, 2)', lambda: obj.s(1, 2))
t('C.c()', lambda: C.c())
t('obj.c(1, 2)', lambda: obj.c(1, 2))
t('obj.noself()', lambda: obj.noself())
t('C(1)', lambda: C(1))
t('object(1)', lambda: object(1))
class Init(object):
    def __init__(self, a):
        pass
t('Init()', lambda: Init())
t('Init(1, 2)', lambda: Init(1, 2))
class OldInit:
    def __init__(self, a):
        pass
t('OldInit()', lambda: OldInit())
t('Old(1)', lambda: Old(1))
class BadInit(object):
    def __init__(self):
        return 5
t('BadInit()', lambda: BadInit())
class OldBadInit:
    def __init__(self):
        return 5
t('OldBadInit()', lambda: OldBadInit())

t('len()', lambda: len())
t('len(1, 2)', lambda: len([], []))
t('abs()', lambda: abs())
t('isinstance(1)', lambda: isinstance(1))
t('getattr(1)', lambda: getattr(1))
t('getattr()', lambda: getattr())
t('[].append()', lambda: [].append())
t('[].append(1, 2)', lambda: [].append(1, 2))
t('{}.get()', lambda: {}.get())
t('"s".split(1, 2, 3)', lambda: 's'.split(',', 1, 3))
t('"s".upper(1)', lambda: 's'.upper(1))
t('int(1, 2, 3)', lambda: int('1', 2, 3))
t('dict(1, 2)', lambda: dict(1, 2))
t('list(1, 2)', lambda: list([], []))
t('sorted()', lambda: sorted())
t('range()', lambda: range())
t('max()', lambda: max())
t('divmod(1)', lambda: divmod(1))
t('[].append(x=1)', lambda: [].append(x=1))
t('len(obj=[])', lambda: len(obj=[]))
t('"a".join(seq=[])', lambda: 'a'.join(seq=[]))
t('sorted([], foo=1)', lambda: sorted([], foo=1))
t('open(bad=1)', lambda: open(bad=1))
t('int(x=5)', lambda: int(x=5))

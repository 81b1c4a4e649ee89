# AttributeError messages for instances, classes, modules, None, builtins.
import sys, math

def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

class New(object):
    cls_attr = 1
class Old:
    cls_attr = 1
class Slots(object):
    __slots__ = ('a',)
class Prop(object):
    @property
    def ro(self):
        return 1
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    rw = property(_get, _set)
    wo = property(None, _set)
class GetAttr(object):
    def __getattr__(self, name):
        if name == 'magic':
            return 42
        raise AttributeError('custom: no %s' % name)
class GetAttrBad(object):
    def __getattr__(self, name):
        raise KeyError(name)

t('New().missing', lambda: New().missing)
t('New.missing', lambda: New.missing)
t('Old().missing', lambda: Old().missing)
t('Old.missing', lambda: Old.missing)
t('None.missing', lambda: None.missing)
t('(1).missing', lambda: (1).missing)
t('"s".missing', lambda: 's'.missing)
t('[].missing', lambda: [].missing)
t('{}.has', lambda: {}.has)
t('sys.missing', lambda: sys.missing)
t('math.missing', lambda: math.missing)
t('int.missing', lambda: int.missing)
t('len.missing', lambda: len.missing)
t('(lambda: 0).missing', lambda: (lambda: 0).missing)
t('New().__class__.__name__.missing', lambda: New().__class__.__name__.missing)
t('True.missing', lambda: True.missing)
t('1.5.missing', lambda: (1.5).missing)
t('object().x = 1', lambda: setattr(object(), 'x', 1))
t('(1).x = 1', lambda: setattr(1, 'x', 1))
t('"s".x = 1', lambda: setattr('s', 'x', 1))
t('[].append = 1', lambda: setattr([], 'append', 1))
t('int.x = 1', lambda: setattr(int, 'x', 1))
t('list.append = 1', lambda: setattr(list, 'append', 1))
t('None.x = 1', lambda: setattr(None, 'x', 1))
t('len.x = 1', lambda: setattr(len, 'x', 1))
t('del New().missing', lambda: delattr(New(), 'missing'))
t('del Old().missing', lambda: delattr(Old(), 'missing'))
t('del New.missing', lambda: delattr(New, 'missing'))
t('del Old.missing', lambda: delattr(Old, 'missing'))
t('del sys.missing', lambda: delattr(sys, 'missing'))
t('del (1).real', lambda: delattr(1, 'real'))
t('(1).real = 2', lambda: setattr(1, 'real', 2))
t('(1j).imag = 2', lambda: setattr(1j, 'imag', 2))
t('Slots().b = 1', lambda: setattr(Slots(), 'b', 1))
t('Slots().a', lambda: Slots().a)
t('del Slots().a', lambda: delattr(Slots(), 'a'))
t('Slots().__dict__', lambda: Slots().__dict__)
t('Prop().ro = 2', lambda: setattr(Prop(), 'ro', 2))
t('del Prop().ro', lambda: delattr(Prop(), 'ro'))
t('Prop().rw (unset)', lambda: Prop().rw)
t('Prop().wo', lambda: Prop().wo)
t('GetAttr().magic', lambda: GetAttr().magic)
t('GetAttr().other', lambda: GetAttr().other)
t('GetAttrBad().x', lambda: GetAttrBad().x)
t('hasattr(GetAttrBad(), "x")', lambda: hasattr(GetAttrBad(), 'x'))
t('getattr(New(), "missing", "default")', lambda: getattr(New(), 'missing', 'default'))
t('getattr(New(), 5)', lambda: getattr(New(), 5))
t('getattr(New(), u"cls_attr")', lambda: getattr(New(), u'cls_attr'))
t('getattr(New(), u"\\xe9")', lambda: getattr(New(), u'\xe9'))
t('setattr(New(), 5, 1)', lambda: setattr(New(), 5, 1))
t('delattr(New(), 5)', lambda: delattr(New(), 5))
t('New().__dict__ = 5', lambda: setattr(New(), '__dict__', 5))
t('New().__class__ = int', lambda: setattr(New(), '__class__', int))
t('New().__class__ = Old', lambda: setattr(New(), '__class__', Old))
t('Old().__class__ = New', lambda: setattr(Old(), '__class__', New))
t('Old().__dict__ = 5', lambda: setattr(Old(), '__dict__', 5))
t('New.__name__ = 5', lambda: setattr(New, '__name__', 5))
t('New.__bases__ = ()', lambda: setattr(New, '__bases__', ()))
t('New.__dict__ = {}', lambda: setattr(New, '__dict__', {}))
t('New.__dict__["x"] = 1', lambda: New.__dict__.__setitem__('x', 1))
t('New.__mro__ = ()', lambda: setattr(New, '__mro__', ()))
t('Old.__bases__ = 5', lambda: setattr(Old, '__bases__', 5))
t('Old.__name__ = 5', lambda: setattr(Old, '__name__', 5))
t('(lambda: 0).__dict__ = 5', lambda: setattr(lambda: 0, '__dict__', 5))
t('New().m = 1 works', lambda: setattr(New(), 'm', 1))
t('[].__class__.__name__', lambda: [].__class__.__name__)
t('type.__name__ of int set', lambda: setattr(type(1), '__name__', 'x'))
t('(1).__class__ = float', lambda: setattr(1, '__class__', float))
t('sys.modules["math"].sqrt.__name__', lambda: math.sqrt.__name__)
t('math.sqrt.__self__', lambda: math.sqrt.__self__)
t('[].append.__self__', lambda: [].append.__self__)
t('super(New, New()).missing', lambda: super(New, New()).missing)
t('New.cls_attr.missing', lambda: New.cls_attr.missing)

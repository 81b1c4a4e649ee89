# super() misuse and its error messages.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

class A(object):
    def m(self):
        return 'A.m'
    @classmethod
    def cm(cls):
        return 'A.cm of ' + cls.__name__
    @staticmethod
    def sm():
        return 'A.sm'
    attr = 'A.attr'
class B(A):
    def m(self):
        return 'B.m > ' + super(B, self).m()
    @classmethod
    def cm(cls):
        return 'B.cm > ' + super(B, cls).cm()
class Unrelated(object):
    pass
class Old:
    def m(self):
        return 'Old.m'
class OldSub(Old):
    def m(self):
        return super(OldSub, self).m()

b = B()
t('b.m()', lambda: b.m())
t('B.cm()', lambda: B.cm())
t('super(B, b).sm()', lambda: super(B, b).sm())
t('super(B, b).attr', lambda: super(B, b).attr)
t('super(B, B).m(b)', lambda: super(B, B).m(b))
t('super()', lambda: super())
t('super(1)', lambda: super(1))
t('super(B, 1)', lambda: super(B, 1))
t('super(B, Unrelated())', lambda: super(B, Unrelated()))
t('super(B, A())', lambda: super(B, A()))
t('super(B, A)', lambda: super(B, A))
t('super(B, b).missing', lambda: super(B, b).missing)
t('super(A, b).m()', lambda: super(A, b).m())
t('super(object, b).m', lambda: super(object, b).m)
t('super(B, b).m = 1', lambda: setattr(super(B, b), 'm', 1))
t('super(B, b, 1)', lambda: super(B, b, 1))
t('super(B, b).__class__', lambda: super(B, b).__class__.__name__)
t('super(B, b).__thisclass__', lambda: super(B, b).__thisclass__.__name__)
t('super(B, b).__self_class__', lambda: super(B, b).__self_class__.__name__)
t('super(B).__self__', lambda: super(B).__self__)
t('super(B).m', lambda: super(B).m)
t('super(B).__get__(b).m()', lambda: super(B).__get__(b).m())
t('super(Old, Old())', lambda: super(Old, Old()))
t('OldSub().m()', lambda: OldSub().m())
t('super(B, b)[0]', lambda: super(B, b)[0])
t('len(super(B, b))', lambda: len(super(B, b)))
class WithInit(A):
    def __init__(self):
        super(WithInit, self).__init__(1, 2)
t('super().__init__ with args', lambda: WithInit())
class Wrong(A):
    def m(self):
        return super(Wrong, A).m(self)
t('super(Wrong, A)', lambda: Wrong().m())
class Diamond1(A):
    def m(self):
        return 'D1 > ' + super(Diamond1, self).m()
class Diamond2(A):
    def m(self):
        return 'D2 > ' + super(Diamond2, self).m()
class Bottom(Diamond1, Diamond2):
    def m(self):
        return 'Bottom > ' + super(Bottom, self).m()
t('Bottom().m()', lambda: Bottom().m())
t('super(Diamond1, Bottom()).m()', lambda: super(Diamond1, Bottom()).m())

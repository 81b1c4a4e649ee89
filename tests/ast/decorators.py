# Decorators on functions, methods and classes.
@dec
def f():
    pass

@dec.attr
@dec2(1, k=2)
@a.b.c(*args, **kw)
def g(x):
    return x

@dec
class C(object):
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass

@one
@two
class D:
    pass

# Class definitions.
class A:
    pass
class A():
    pass
class A(B):
    x = 1
class A(B, C,):
    """docstring"""
    def m(self):
        return self
class A(object):
    class Nested(A):
        pass
class A(b.C, f(x)): pass

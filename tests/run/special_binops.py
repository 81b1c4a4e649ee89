# Binary operators and their reflected forms; NotImplemented; subclass priority; errors.
ops = [('+', 'add'), ('-', 'sub'), ('*', 'mul'), ('/', 'div'), ('//', 'floordiv'), ('%', 'mod'), ('**', 'pow'),
       ('<<', 'lshift'), ('>>', 'rshift'), ('&', 'and'), ('|', 'or'), ('^', 'xor')]
class All(object):
    pass
def make(name):
    def fwd(self, o):
        return '%s(%s)' % (name, o)
    def rev(self, o):
        return 'r%s(%s)' % (name, o)
    return fwd, rev
for sym, name in ops:
    f, r = make(name)
    setattr(All, '__%s__' % name, f)
    setattr(All, '__r%s__' % name, r)
a = All()
for sym, name in ops:
    print sym, eval('a %s 1' % sym), eval('1 %s a' % sym)
print divmod(a, 1) if hasattr(All, '__divmod__') else 'no divmod'
class DM(object):
    def __divmod__(self, o):
        return 'divmod', o
    def __rdivmod__(self, o):
        return 'rdivmod', o
print divmod(DM(), 3), divmod(3, DM())
# NotImplemented from the left operand tries the right operand's reflected method
class Left(object):
    def __add__(self, o):
        print 'Left.__add__'
        return NotImplemented
class Right(object):
    def __radd__(self, o):
        print 'Right.__radd__'
        return 'right wins'
print Left() + Right()
class Neither(object):
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print type(e).__name__, e
try:
    Neither() + 1
except TypeError as e:
    print type(e).__name__, e
try:
    1 + Neither()
except TypeError as e:
    print type(e).__name__, e
# right operand subclass with an overriding reflected method goes first
class Base(object):
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.__radd__'
class SubNoOverride(Base):
    pass
print Base() + Sub(), Sub() + Base(), Base() + SubNoOverride()
class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.__radd__'
    def __rsub__(self, o):
        return 'MyInt.__rsub__'
print 1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1, 1 * MyInt(2)
# sequences and reflected ops
class Rep(object):
    def __rmul__(self, o):
        return 'rmul with %r' % (o,)
    def __radd__(self, o):
        return 'radd with %r' % (o,)
print [1] * Rep(), 'ab' * Rep(), (1,) + Rep(), 'x' + Rep(), 3 * Rep()
class Idx(object):
    def __index__(self):
        return 3
print 'ab' * Idx(), [0] * Idx(), Idx().__index__()
print 'ab' * All(), [1] + All()
try:
    'ab' * Idx() * Plain() if False else [1] * 1.5
except TypeError as e:
    print type(e).__name__, e
# pow with three arguments and reflected pow
class P(object):
    def __pow__(self, e, m=None):
        return 'pow', e, m
    def __rpow__(self, b):
        return 'rpow', b
print P() ** 2, pow(P(), 2, 7), 2 ** P(), pow(2, P())
# operators on new-style instances without methods
class Plain(object):
    pass
for sym, name in ops:
    try:
        eval('Plain() %s 1' % sym)
    except TypeError as e:
        print sym, type(e).__name__, e
try:
    divmod(Plain(), 1)
except TypeError as e:
    print type(e).__name__, e
# __truediv__ used only with future division
class TD(object):
    def __div__(self, o):
        return 'div'
    def __truediv__(self, o):
        return 'truediv'
print TD() / 1
exec 'from __future__ import division\nprint TD() / 1'

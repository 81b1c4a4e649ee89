# Unary operators and numeric conversion hooks: __neg__, __pos__, __abs__, __invert__, __int__, __long__,
# __float__, __complex__, __oct__, __hex__, __index__, __trunc__, with bad return values.
class U(object):
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'invert'
    def __int__(self): return 42
    def __long__(self): return 42L
    def __float__(self): return 4.2
    def __complex__(self): return 4 + 2j
    def __oct__(self): return '052'
    def __hex__(self): return '0x2a'
    def __index__(self): return 7
u = U()
print -u, +u, abs(u), ~u, int(u), long(u), float(u), complex(u), oct(u), hex(u), bin(u)
print range(10)[u], 'abcdefghij'[u:], [0] * u if False else len([0] * u), '%d %x %o %f' % (u, u, u, u) if False else ''
import operator
print operator.index(u), operator.neg(u), operator.inv(u), operator.invert(u), operator.pos(u), operator.abs(u)
class Plain(object):
    pass
p = Plain()
for expr in ('-p', '+p', 'abs(p)', '~p', 'int(p)', 'long(p)', 'float(p)', 'complex(p)', 'oct(p)', 'hex(p)', 'bin(p)',
             'operator.index(p)', 'range(3)[p]', '"abc"[p:]'):
    try:
        r = eval(expr)
        print expr, 'ok', r
    except (TypeError, AttributeError) as e:
        print expr, '->', type(e).__name__, e
class Bad(object):
    def __int__(self): return 'x'
    def __long__(self): return 'y'
    def __float__(self): return 1
    def __complex__(self): return 'c'
    def __index__(self): return 1.5
    def __oct__(self): return 8
    def __hex__(self): return None
b = Bad()
for expr in ('int(b)', 'long(b)', 'float(b)', 'complex(b)', 'operator.index(b)', 'oct(b)', 'hex(b)', 'bin(b)', '[1, 2][b]'):
    try:
        r = eval(expr)
        print expr, 'ok', repr(r)
    except TypeError as e:
        print expr, '->', type(e).__name__, e
# __int__ returning a long is allowed; __index__ returning long
class Big(object):
    def __int__(self): return 2 ** 70
    def __index__(self): return 2 ** 70
print int(Big()), type(int(Big())).__name__, operator.index(Big())
try:
    [1][Big()]
except IndexError as e:
    print type(e).__name__, e
print 'abc'[Big():], 'abc'[:Big()]
# __trunc__ used by int() when __int__ missing
class Tr(object):
    def __trunc__(self):
        return 9
print int(Tr()), long(Tr())
class TrBad(object):
    def __trunc__(self):
        return 'q'
try:
    int(TrBad())
except TypeError as e:
    print type(e).__name__, e
# int subclass returned from __int__
class MyInt(int):
    pass
class RetSub(object):
    def __int__(self):
        return MyInt(3)
print int(RetSub()), type(int(RetSub())).__name__
# unary operators on builtins
print -True, +True, ~True, abs(-0.0), -(-5L), ~(-1L), abs(-2 ** 70), -0j, abs(-3 - 4j)
for expr in ('-"a"', '+[]', '~1.5', 'abs("x")', '~None', '-{}'):
    try:
        eval(expr)
    except TypeError as e:
        print expr, '->', type(e).__name__, e

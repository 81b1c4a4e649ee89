# complex numbers: construction, repr, arithmetic, attributes, errors.
vals = [1j, 2 + 3j, -1j, 0j, complex(1, -0.0), complex(-0.0, 0), 1.5 - 2.25j, complex(1e16, 1e-5),
        complex(float('inf'), float('nan')), complex(0.1, 0.2), 3 + 0j, -(0j)]
for z in vals:
    print repr(z), str(z), z.real, z.imag, [z]
print complex(), complex(2), complex(2, 3), complex(2L, 3.5), complex('1+2j'), complex(' 3-4J '), complex('j')
print complex('-j'), complex('2'), complex('(1+2j)'), complex('1e3j'), complex('-1.5e-1-2.5e1j'), complex(u'5j')
print complex(1 + 2j, 3 + 4j), complex(1j, 1j), complex('inf+nanj'), complex('-infj')
for s in ('1+', 'j1', '1 + 2j', '', 'abc', '(1+2j', '1+2jj', '1+2j)', 'nanj+1'):
    try:
        z = complex(s)
        print repr(s), z
    except ValueError as e:
        print repr(s), type(e).__name__, e
for args in (('1', 2), (1, '2'), (None,), ([],)):
    try:
        complex(*args)
    except TypeError as e:
        print args, type(e).__name__, e
a = 1 + 2j
b = 3 - 4j
print a + b, a - b, a * b, a / b, -a, +a, abs(b), a == 1 + 2j, a != b
print a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 2 / a, a ** 2, a ** 0, 1j ** 2, (1j) ** 0.5
print pow(a, 2), a ** -1, 2 ** a if False else 'skip', a.conjugate(), (5j).conjugate()
print (1 + 1j) ** 3, (2j) ** 3L
print abs(3 + 4j), abs(-5j), abs(complex(float('inf'), 1))
print 1j == 1j + 0, 1 + 0j == 1, 1 + 0j == 1.0, (1 + 0j) != 1L, hash(1 + 0j) == hash(1), hash(2j)
for expr in ('a < b', 'a > 1', 'a // b', 'a % b', 'divmod(a, b)', 'int(a)', 'float(a)', 'long(a)', 'a / 0', 'a ** b if False else 0 ** (1j)', 'round(a)', 'a & 1', 'max(a, b)'):
    try:
        v = eval(expr)
        print expr, v
    except (TypeError, ZeroDivisionError) as e:
        print expr, '->', type(e).__name__, e
print cmp(1j, 1j) if False else (1j == 1j), sorted([1, 2]) and 'ok'
class C(object):
    def __complex__(self):
        return 1 + 1j
print complex(C())
class Bad(object):
    def __complex__(self):
        return 5
try:
    print repr(complex(Bad()))
except TypeError as e:
    print type(e).__name__, e
class BadStr(object):
    def __complex__(self):
        return 'x'
try:
    complex(BadStr())
except TypeError as e:
    print type(e).__name__, e
class MyC(complex):
    pass
m = MyC(1, 2)
print m, type(m).__name__, type(m + 1).__name__
print '%s %r' % (1j, 2j), format(1 + 2j), format(1.5 + 2j, '.2f'), format(3j, '>10')
print (1 + 2j).real.__class__.__name__, (1 + 2j).imag
try:
    (1j).real = 5
except (AttributeError, TypeError) as e:
    print type(e).__name__, e

# cmath: complex functions, printed rounded where the last bit may differ.
import cmath, math

def r(z):
    z = complex(z)
    return '(%.12g%+.12gj)' % (z.real, z.imag)

print repr(cmath.pi), repr(cmath.e)
print cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(3 + 4j), cmath.sqrt(0)
print cmath.sqrt(complex(-0.0, 0.0)), cmath.sqrt(complex(-4, -0.0))
print type(cmath.sqrt(4)).__name__
for name in ('exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'sqrt'):
    f = getattr(cmath, name)
    print name, ' '.join(r(f(z)) for z in (1 + 1j, 0.5, -2, 2j, 0.3 - 0.7j))
print r(cmath.log(8, 2)), r(cmath.log(-1, 10)), r(cmath.log(1j, 1j))
print cmath.phase(1j) == math.pi / 2, cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(0)
print cmath.polar(1), cmath.polar(-1), ['%.12g' % x for x in cmath.polar(3 + 4j)]
print r(cmath.rect(1, math.pi / 2)), cmath.rect(2, 0), cmath.rect(0, 1)
print abs(3 + 4j), abs(-5j)
print cmath.isinf(complex(float('inf'), 0)), cmath.isinf(1 + 1j), cmath.isnan(complex(0, float('nan'))), cmath.isnan(1j)
print cmath.exp(0), cmath.log(1), cmath.cos(0), cmath.sin(0)

def t(label, f, *args):
    try:
        v = f(*args)
        print label, r(v)
    except Exception as e:
        print label, type(e).__name__ + ':', e
t('log(0)', cmath.log, 0)
t('log(0j)', cmath.log, 0j)
t('sqrt("x")', cmath.sqrt, 'x')
t('exp(1000)', cmath.exp, 1000)
t('cosh(1000)', cmath.cosh, 1000)
t('atanh(1)', cmath.atanh, 1)
t('log(1, 1)', cmath.log, 1, 1)
t('sqrt(None)', cmath.sqrt, None)
t('acos(2)', cmath.acos, 2)
t('asin(2)', cmath.asin, 2)
t('log(-1)', cmath.log, -1)
t('sqrt(-1e300)', cmath.sqrt, -1e300)

class C(object):
    def __complex__(self):
        return 2j
class F(object):
    def __float__(self):
        return 4.0
print cmath.sqrt(C()), cmath.sqrt(F())

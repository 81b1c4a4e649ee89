# cmath: C99 Annex G special values and the errors for every function, over
# every kind of real and imaginary part (finite results rounded).
import cmath

inf = float('inf')
nan = float('nan')
kinds = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]

def part(x):
    if x != x or x in (inf, -inf) or x == 0:
        return repr(x)
    return '%.10g' % x

def show(v):
    if isinstance(v, tuple):
        return '(%s)' % ', '.join(part(x) for x in v)
    if isinstance(v, float):
        return part(v)
    return '(%s, %s)' % (part(v.real), part(v.imag))

def call(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
             'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    print name
    for x in kinds:
        print ' ', ' '.join(call(f, complex(x, y)) for y in kinds)
print 'rect'
for x in kinds:
    print ' ', ' '.join(call(cmath.rect, x, y) for y in kinds)
for x in [0j, 2 + 0j, 1 + 1j, -1 + 0j, 0.5j, inf, nan]:
    print 'log', x, ' '.join(call(cmath.log, x, b) for b in [0j, 1 + 0j, 2 + 0j, 10 + 0j, 1j, inf])
print call(cmath.phase, 1e300 + 1e-310j), call(cmath.phase, -1e300 - 1e-310j), call(cmath.polar, 1e300 + 1e-310j)
print call(cmath.exp, 710), call(cmath.exp, complex(709, 1)), call(cmath.cosh, complex(711, 0.5))
print call(cmath.sqrt, complex(1e-310, 1e-310)), call(cmath.log, complex(1e-310, 0)), call(cmath.atanh, 1 + 1e-200j)
print call(cmath.sqrt, complex(1e308, 1e308)), call(cmath.polar, complex(1e308, 1e308)), call(cmath.rect, 1e308, 1e-300)
for f in [lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
          lambda: cmath.rect(1), lambda: cmath.phase(), lambda: cmath.polar('x'), lambda: cmath.rect('x', 1),
          lambda: cmath.rect(1j, 1), lambda: cmath.sqrt(x=1), lambda: cmath.isnan(), lambda: cmath.isinf(),
          lambda: cmath.sqrt(2 ** 2000), lambda: cmath.exp(10 ** 400), lambda: cmath.sqrt(True)]:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
class O:
    def __complex__(self):
        return 1 + 2j
class P:
    pass
class Q(object):
    def __complex__(self):
        return 5
class R(complex):
    def __complex__(self):
        return 9j
print show(cmath.sqrt(O())), show(cmath.exp(R(1, 1)))
for v in [P(), Q()]:
    try:
        print cmath.sqrt(v)
    except Exception as e:
        print type(e).__name__, e

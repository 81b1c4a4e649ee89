# math: exact functions printed with repr, inexact ones rounded.
import math

print repr(math.pi), repr(math.e)
print repr(math.sqrt(2.0)), repr(math.sqrt(16)), repr(math.sqrt(0.25)), repr(math.sqrt(0.0)), repr(math.sqrt(-0.0))
print math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5)
print type(math.floor(2.5)).__name__, type(math.ceil(1)).__name__
print math.floor(10**20), math.ceil(-10**20)
print math.trunc(2.7), math.trunc(-2.7), type(math.trunc(2.7)).__name__
print math.trunc(1e20), type(math.trunc(1e20)).__name__
print math.fabs(-3), math.fabs(2.5), math.fabs(-0.0)
print math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2)
print math.modf(3.75), math.modf(-3.75), math.modf(0.0)
print math.frexp(8.0), math.frexp(0.0), math.frexp(-0.375), math.frexp(1)
print math.ldexp(0.5, 4), math.ldexp(3, -2), math.ldexp(1.0, 1023)
print math.copysign(3, -0.0), math.copysign(-2.0, 1), math.copysign(0.0, -1)
print math.hypot(3, 4), math.hypot(-5, 12), math.hypot(0, 0)
print math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20)
print math.factorial(30)
print math.factorial(5.0), type(math.factorial(5.0)).__name__
print math.fsum([0.1] * 10), sum([0.1] * 10)
print math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
print math.fsum([]), math.fsum(x / 7.0 for x in range(7))
print math.isinf(float('inf')), math.isinf(1e308), math.isinf(-float('inf'))
print math.isnan(float('nan')), math.isnan(1.0)
print math.degrees(math.pi), math.radians(180) == math.pi
print math.sqrt(1e308 * 10)

def r(x):
    return '%.12g' % x

for name in ('sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh', 'exp', 'expm1', 'log', 'log10', 'log1p',
             'erf', 'erfc', 'gamma', 'lgamma'):
    f = getattr(math, name)
    vals = []
    for x in (0.5, 0.25, 1.5, 2.0):
        try:
            vals.append(r(f(x)))
        except (ValueError, OverflowError) as e:
            vals.append('%s(%s)' % (type(e).__name__, e))
    print name, ' '.join(vals)
print r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), math.atan2(0.0, 0.0)
print r(math.pow(2, 0.5)), math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(-8, 3)
print r(math.log(8, 2)), r(math.log(100, 10)), math.log(1), r(math.log(10**100))
print r(math.log(2**2000)), r(math.log10(10**400))
print math.exp(0), math.sin(0), math.cos(0), math.tan(0)
print math.log(math.e) == 1.0
print math.gamma(5), math.gamma(1), math.lgamma(1), math.lgamma(2)
print math.erf(0), math.erfc(0)

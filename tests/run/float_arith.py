# Float arithmetic, mixing with ints and longs, division, modulo signs, comparisons.
print 0.1 + 0.2, 0.1 * 3, 1.0 - 0.9, 3.0 * 1.1, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10
print 2.5 + 1, 2.5 * 2L, 7 / 2.0, 2 ** 0.5 * 2 ** 0.5, 1.0 / 3 * 3
print 10.0 // 3, -10.0 // 3, 10.0 % 3, -10.0 % 3, 10.0 % -3, -10.0 % -3
print 5.5 // 1.5, 5.5 % 1.5, divmod(5.5, 1.5), divmod(-5.5, 1.5), divmod(5.5, -1.5)
print 0.0 % 5, -0.0 % 5, 0.0 % -5, repr(-0.0 % 5), repr(0.0 % -5)
print 1e300 % 7, 7 % 1e300, -7 % 1e300, divmod(1e300, 7)[1]
print 3.0 ** 2, 2.0 ** -1, (-2.0) ** 3, 0.0 ** 0, 4.0 ** 0.5, (-1.0) ** 2.0
print 1.5 ** 2L, 2 ** 1023.0, 1.0 + 2 ** 60
for expr in ('2.0 ** 10000', '10.0 ** 400', '(-10.0) ** 401'):
    try:
        eval(expr)
    except OverflowError as e:
        print expr, '->', type(e).__name__
for expr in ('1.0 / 0', '1.0 // 0.0', '1.0 % 0', 'divmod(1.0, 0)', '0.0 ** -1'):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print expr, '->', type(e).__name__, e
# comparisons with ints and longs, exactness
print 1.0 == 1, 1.0 == 1L, 0.1 == 1 / 10.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53)
print 1e20 == 10 ** 20, 1e23 == 10 ** 23, float(10 ** 23) == 10 ** 23, 2.0 ** 64 > 2 ** 64 - 1
print 0.5 < 1, 1.5 > 1L, -0.0 == 0.0, 1e400 > 2 ** 5000, -1e400 < -(2 ** 5000)
print cmp(1.0, 1), cmp(0.5, 1), cmp(2 ** 100, 1e30), cmp(1e31, 2 ** 100)
nan = float('nan')
inf = float('inf')
print nan == nan, nan != nan, nan < 1, nan > 1, nan == 1, inf == inf, inf > 10 ** 400, -inf < -(10 ** 400)
print inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf
print max(1, 2.0, 2), min(2, 2.0), max(2.0, 2), sorted([3, 1.5, 2L, -0.5])
print abs(-2.5), abs(-0.0), -(0.0), +(-0.0), -(-1.5)
# float methods
print (2.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer(), inf.is_integer(), nan.is_integer()
print (2.5).real, (2.5).imag, (2.5).conjugate()
print float.__add__(1.0, 2.0), float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__add__(1.0, 'a')
print float.__mul__(2.0, 3L), float.__truediv__(1.0, 4), float.__floordiv__(7.0, 2)
print 0.1 + 0.7, 1.1 * 1.1, 100 * 1.1, 0.1 * 0.1, 3 * 0.1 == 0.3
x = 1.0
x += 0.5
x *= 4
x -= 1
x /= 2
x //= 1
x %= 2
x **= 3
print x
print sum([0.1] * 10), sum([0.1] * 10) == 1.0
for expr in ('1.0 + "a"', '"a" * 1.5', '1.5 & 1', '[1] + 1.0', 'None < 1.0'):
    try:
        v = eval(expr)
        print expr, v
    except TypeError as e:
        print expr, '->', type(e).__name__, e

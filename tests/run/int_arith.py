# int arithmetic, overflow into long, bool arithmetic.
import sys
M = sys.maxint
print M, -M - 1, type(M).__name__, type(M + 1).__name__, M + 1
print type(-M - 1).__name__, type(-M - 2).__name__, -M - 2
print M * 2, type(M * 2).__name__, (M + 1) - 1, type((M + 1) - 1).__name__
print -(-M - 1), type(-(-M - 1)).__name__, abs(-M - 1)
print M * M
print 3 + 4, 3 - 10, 6 * 7, -3 * 4, 0 * -5
print 2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, type(2 ** 62).__name__
print 2 ** 0, 0 ** 0, (-1) ** 1001, 2 ** -2, type(2 ** -2).__name__, 10 ** -1
print 1 + True, True + True, True * 10, False - 1, -True, ~True, True ** 2
print type(True + True).__name__, type(True & True).__name__, type(True | False).__name__
print True & False, True | False, True ^ True, type(True ^ 1).__name__
print 7 + 0L, type(7 + 0L).__name__, 1L * 1, 5L - 5
print int(M + 1 - 1) is not None, type(int(M + 1 - 1)).__name__
print +5, -5, -0, +(-0), abs(-7), abs(7L), abs(-7L)
# mixing with floats
print 1 + 0.5, 2 * 1.5, 3 - 0.25, 2 ** 0.5 == 2 ** 0.5, type(1 + 1.0).__name__
print 10 ** 20 + 0.0, float(2 ** 64)
# big longs
f = 1
for i in range(1, 31):
    f *= i
print f, type(f).__name__
print 2 ** 100 - 2 ** 99, 10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7
print (2 ** 64 + 1) * (2 ** 64 - 1), 3 ** 100
print 123456789 * 987654321, 123456789L * 987654321L
# int methods and attributes
print (5).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length(), M.bit_length()
print (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator
print (5L).real, (5L).imag, True.real, True.numerator, (-3).conjugate()
print int.__name__, long.__name__, bool.__name__, bool.__mro__[1].__name__
# comparisons
print 1 < 2L, 2L ** 70 > M, -(2 ** 70) < -M, 5 == 5L, 5 != 5.0, 0 == False, 1 == True
print cmp(3, 2L), cmp(2 ** 100, 2 ** 100 + 1), max(1, 2L, 0), min(-1L, 0)
# errors
for expr in ('1 + "a"', '"a" - 1', '[] * 2.0', '2 ** 1 ** "x"', '-"a"', '~1.5', '1 << 1.0', 'None + 1'):
    try:
        eval(expr)
    except TypeError as e:
        print expr, '->', type(e).__name__, e
try:
    0 ** -1
except ZeroDivisionError as e:
    print type(e).__name__, e
try:
    0L ** -1
except ZeroDivisionError as e:
    print type(e).__name__, e

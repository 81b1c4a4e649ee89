# Classic division (no __future__ import): int/int floors, float/any is true division.
print 1 / 2, -1 / 2, 7 / 2, -7 / 2, 7 / -2, -7 / -2
print 1L / 2, -7L / 2, 2 ** 70 / 3, -(2 ** 70) / 3
print 1.0 / 2, 1 / 2.0, -7.0 / 2, 7 / -2.0
print 7 // 2, -7 // 2, 7.0 // 2, -7.0 // 2, 7.5 // -2
print True / 2, True / True, 10 / True
print (1 + 2j) / 2
x = 9
x /= 2
print x
y = 9.0
y /= 2
print y
z = 9
z //= 2.0
print z
for a, b in ((0, 5), (5, 5), (-5, 5), (10, 3), (-10, 3), (10, -3), (-10, -3)):
    print a, b, a / b, a // b, a % b, divmod(a, b)
for exc_expr in ('1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1 / 0.0', '1L / 0', 'divmod(1, 0)', '1.0 // 0', '(1+1j) / 0'):
    try:
        eval(exc_expr)
    except ZeroDivisionError as e:
        print exc_expr, '->', type(e).__name__, e
# __div__ vs __truediv__: classic division calls __div__
class D(object):
    def __div__(self, o):
        return 'div'
    def __truediv__(self, o):
        return 'truediv'
    def __floordiv__(self, o):
        return 'floordiv'
    def __rdiv__(self, o):
        return 'rdiv'
    def __rtruediv__(self, o):
        return 'rtruediv'
print D() / 1, 1 / D(), D() // 1
d = D()
d /= 3
print d
class OnlyTrue(object):
    def __truediv__(self, o):
        return 'truediv only'
try:
    OnlyTrue() / 1
except TypeError as e:
    print type(e).__name__, e
import operator
print operator.div(7, 2), operator.truediv(7, 2), operator.floordiv(7, 2)
print operator.truediv(D(), 1), operator.div(D(), 1)

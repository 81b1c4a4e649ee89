# from __future__ import division: / is true division everywhere in this module.
from __future__ import division
print 1 / 2, -1 / 2, 7 / 2, -7 / 2, 4 / 2
print 1L / 2, 2 ** 70 / 2 ** 69, 10 ** 20 / 10 ** 19
print 7 // 2, -7 // 2, 7.0 // 2
print True / 2
x = 9
x /= 2
print x
x = 9
x //= 2
print x
print type(4 / 2).__name__, 4 / 2
# true division of huge longs is correctly rounded
print 2 ** 1000 / 2 ** 999, (10 ** 30 + 1) / 10 ** 30
try:
    2 ** 10000 / 1
except OverflowError as e:
    print type(e).__name__, e
print 1 / 3, 2 / 3, 10 / 7
try:
    1 / 0
except ZeroDivisionError as e:
    print type(e).__name__, e
try:
    1L / 0
except ZeroDivisionError as e:
    print type(e).__name__, e
class D(object):
    def __div__(self, o):
        return 'div'
    def __truediv__(self, o):
        return 'truediv'
    def __rtruediv__(self, o):
        return 'rtruediv'
    def __itruediv__(self, o):
        return 'itruediv'
print D() / 1, 1 / D()
d = D()
d /= 2
print d
class OnlyDiv(object):
    def __div__(self, o):
        return 'div only'
try:
    OnlyDiv() / 1
except TypeError as e:
    print type(e).__name__, e
# eval and exec inherit the future flag
print eval('1 / 2')
exec 'print 3 / 4'
print compile('1/2', 's', 'eval', 0, True) and eval(compile('1/2', 's', 'eval', 0, True))

# pow with two and three arguments, ** operator.
print pow(2, 10), pow(2, -1), pow(-2, 3), pow(2L, 3), pow(0, 0), pow(7, 0)
print pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7)
print pow(2, 100, 10 ** 9 + 7), pow(2L, 100L, 7L), type(pow(2, 3, 5)).__name__, type(pow(2L, 3, 5)).__name__
print pow(5, 0, 1), pow(5, 0, 7), pow(0, 5, 3), pow(1, 10 ** 6, 2)
print pow(12345678901234567890, 98765, 1000000007)
for args in ((2, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 'a'), ('a', 2), (2, 3, 'x')):
    try:
        print args, pow(*args)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print args, '->', type(e).__name__, e
try:
    pow()
except TypeError as e:
    print type(e).__name__, e
try:
    pow(1, 2, 3, 4)
except TypeError as e:
    print type(e).__name__, e
print 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1, (-8) ** (1.0 / 3) if False else 'skip'
print 10 ** 18, 10 ** 19, type(10 ** 18).__name__, type(10 ** 19).__name__
print (-1) ** 10 ** 6, (-1) ** (10 ** 6 + 1), 1 ** -5
print 2 ** 0.5 ** 2 == 2 ** 0.25, 4 ** 0.5, 8 ** (1.0 / 3) == 2.0, (-8) ** 2.0
try:
    (-8) ** 0.5
except ValueError as e:
    print type(e).__name__, e
try:
    0 ** -2
except ZeroDivisionError as e:
    print type(e).__name__, e
try:
    0.0 ** -2
except ZeroDivisionError as e:
    print type(e).__name__, e
class P(object):
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o):
        return ('rpow', o)
print P() ** 2, pow(P(), 2), pow(P(), 2, 5), 2 ** P()
try:
    pow(2, P(), 5)
except TypeError as e:
    print type(e).__name__, e

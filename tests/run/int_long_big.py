# Arbitrary precision: huge products, powers, division, str/repr conversions, negative bit operations,
# int/long boundary behaviour and mixed comparisons.
a = 3 ** 200
b = 7 ** 150
print a
print b
print a * b
print a // b, a % b, divmod(a, -b)[0], -a // b, -a % b
print a - b * (a // b) == a % b, (a * b) // b == a, pow(a, 3) // pow(a, 2) == a
print str(2 ** 1000)[:20], len(str(2 ** 1000)), len(repr(2 ** 1000)), repr(2 ** 100)[-5:]
print 2 ** 1000 == int('1' + '0' * 301, 10) if False else len(str(10 ** 300)), long('9' * 50) + 1
print hex(2 ** 100 - 1), oct(2 ** 64), bin(2 ** 70 + 1)[-5:]
print (-a) & 0xffff, (-a) | 1, (-a) ^ (-b) > 0, ~a == -a - 1, a >> 300, a >> 100 << 100 == a & ~((1 << 100) - 1)
print (1 << 200) - 1 & (1 << 100), -(1 << 200) >> 199, (-1) << 100
import sys
m = sys.maxint
print m + 1 - 1 == m, type(m + 1 - 1).__name__, type(int(m + 1 - 1)).__name__, type(m * 1).__name__
print -m - 1, type(-m - 1).__name__, type(-(m + 1)).__name__, (-m - 1) // -1, type((-m - 1) * -1).__name__
print 10 ** 20 > 1e19, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 == float('inf'), 2 ** 53 + 1 > 2.0 ** 53
print cmp(10 ** 400, float('inf')), cmp(-10 ** 400, float('-inf')), 2 ** 1024 > 1.7976931348623157e308
print float(2 ** 1023), long(1e300) == 10 ** 300, long(1e300) % 10 ** 280 > 0
try:
    float(10 ** 400)
except OverflowError as e:
    print type(e).__name__, e
try:
    2 ** 1024 + 0.5
except OverflowError as e:
    print type(e).__name__, e
print (10 ** 400) / (10 ** 399), (10 ** 400) // 3 % 10, 10 ** 400 % 7
try:
    (10 ** 400) / 0
except ZeroDivisionError as e:
    print type(e).__name__, e
print sum(range(10 ** 5)), reduce(lambda x, y: x * y, range(1, 40)), abs(-(10 ** 30)), -(-(10 ** 30))
print int('1' * 100) % 97, long('-' + '1' * 30), int('  -' + '2' * 25 + '  '), int('z' * 20, 36)
print (12345678901234567890).bit_length(), (-2 ** 100).bit_length(), (2 ** 100).__hash__() == hash(2 ** 100)
print round(10 ** 20), round(2 ** 100, -20), type(round(10 ** 20)).__name__

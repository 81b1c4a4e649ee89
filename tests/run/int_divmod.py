# //, % and divmod for ints and longs of all sign combinations.
vals = [7, -7, 3, -3, 1, -1, 10 ** 20, -(10 ** 20), 2 ** 63, 0]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = a // b, a % b
        assert divmod(a, b) == (q, r)
        assert q * b + r == a
        print a, b, q, r
print divmod(7, 2L), type(divmod(7, 2L)[0]).__name__
print divmod(-7, 2.0), divmod(7L, -2.5)
print -1 % 5, 1 % -5, -1 // 5, 1 // -5, 0 % 3, 0 % -3
print (-2 ** 63) // -1, type((-2 ** 63) // -1).__name__
import sys
print (-sys.maxint - 1) // -1, (-sys.maxint - 1) % -1, divmod(-sys.maxint - 1, -1)
print (-sys.maxint - 1) / -1
for a, b in ((1, 0), (1L, 0), (1, 0L), (0, 0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print type(e).__name__, e
try:
    divmod(1, 'a')
except TypeError as e:
    print type(e).__name__, e
try:
    divmod(1)
except TypeError as e:
    print type(e).__name__, e
try:
    5 % None
except TypeError as e:
    print type(e).__name__, e

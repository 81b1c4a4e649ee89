# Shifts and bitwise operations on ints and longs.
print 1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100, type(1 << 63).__name__
print 5 >> 1, -5 >> 1, -1 >> 100, 1 >> 100, (1 << 100) >> 99, -(1 << 100) >> 99
print 0 << 1000, -3 << 2, 3L << 2, type(3L >> 1).__name__
for a, b in ((12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 65 + 1), (-(2 ** 70), 255)):
    print a, b, a & b, a | b, a ^ b, ~a
print ~0, ~-1, ~(2 ** 64), ~(-(2 ** 64))
print 0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, 0xffL & -1
print True << 3, True >> 1, True & 3, False | 5
for expr in ('1 << -1', '1 >> -1', '1L << -1'):
    try:
        eval(expr)
    except ValueError as e:
        print expr, '->', type(e).__name__, e
for expr in ('1 & 1.0', '1 | "a"', '1.0 ^ 1', '1 << 2.0', '[] >> 1'):
    try:
        eval(expr)
    except TypeError as e:
        print expr, '->', type(e).__name__, e
for expr in ('1 << (2 ** 100)',):
    try:
        eval(expr)
    except OverflowError as e:
        print expr, '->', type(e).__name__, e
print 0 << (2 ** 100) if False else 'skip', 5 >> 64, -5 >> 64, (2 ** 100) >> 200
x = 1
x <<= 65
print x
x >>= 64
print x, type(x).__name__
x = 6
x &= 3; print x
x |= 8; print x
x ^= 15; print x

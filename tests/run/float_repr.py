# repr() and str() of floats: shortest repr, 12 significant digits for str.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0 / 7, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-10, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        3.141592653589793, 2.718281828459045, 100.0, 1e100, 12345.678, 0.5, 1234567.0, 12345678901.0,
        123456789012.0, 1234567890123.0, 9999999999999998.0, 0.30000000000000004, 1.1, 2.675, 1e-7,
        float('inf'), float('-inf'), float('nan'), 4.35, 1e+300 * 10]
for v in vals:
    print repr(v), str(v), '%s' % v, '%r' % v, [v]
print 1e16, 1e15, 123456789012.0, 0.1, 1/3.0
print repr(1e16), str(1e16), repr(1.0e-5), repr(100000000000000000000.0)
print float.__repr__(0.1), float.__str__(0.1), (0.1).__repr__()
print str(123456789.123456789), repr(123456789.123456789)
print str(0.000001), str(0.0000001), repr(0.000001)
# round-trip
ok = True
seed = 12345
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    x = (seed / 2.0 ** 31) * 10.0 ** (seed % 61 - 30)
    if float(repr(x)) != x or float(str(x)) != float('%.12g' % x):
        ok = False
print 'round trip ok', ok
print hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(2.0 ** 70) == hash(2 ** 70), hash(float('inf'))
print hash(-0.0), hash(1e100) == hash(long(1e100))

# float.hex, float.fromhex, as_integer_ratio, is_integer, and float special values.
for v in (0.0, -0.0, 1.0, 0.5, 0.1, 3.0, -2.5, 1e100, 5e-324, 1.7976931348623157e308, 2.0 ** -1022):
    print repr(v), v.hex(), v.as_integer_ratio(), float.fromhex(v.hex()) == v
for s in ('0x1p0', '0x1.8p1', '-0x1p-2', '0x.8p0', '0X1P+3', '  0x1p4  ', '0x1.fffffffffffffp1023', '0x1p-1074',
          '0x1p-1075', '0x1.0000000000001p0', 'inf', '-Infinity', 'nan', '1', '10', 'ff', '0x1.', '0x.1', '1p4'):
    try:
        print repr(s), repr(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print repr(s), type(e).__name__, e
for s in ('0x1p1024', '0x2p1023', 'xyz', '', '0x1p', '0x1g'):
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print repr(s), type(e).__name__, e
print float('inf').hex(), float('-inf').hex(), float('nan').hex()
for v in (float('inf'), float('nan')):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print type(e).__name__, e
print (0.75).as_integer_ratio(), (-0.125).as_integer_ratio(), (1e20).as_integer_ratio()
print (1.0).is_integer(), (1.5).is_integer(), (1e300).is_integer()
try:
    float.fromhex(1.0)
except TypeError as e:
    print type(e).__name__, e
# special values
inf = float('inf')
nan = float('nan')
print inf, -inf, nan, repr(inf), str(-nan), [inf, nan]
print inf * -1, inf + inf, repr(inf - inf), repr(0 * inf), 1e308 + 1e308
print float('inf') == float('infinity'), abs(-inf), abs(nan) != abs(nan)
print min(inf, 1), max(-inf, -1), sorted([inf, -inf, 0.0])
print '%f %e %g' % (inf, -inf, nan), '%5.1f|' % inf, '%-6f|' % nan, '%+f' % inf
print format(inf, '>8'), format(nan, '^9'), format(-inf, '08')
# signed zero
z = -0.0
print repr(z), repr(-z), repr(z * 1), repr(0.0 * -1), repr(z + 0.0), repr(z - 0.0), repr(abs(z))
print z == 0.0, str(z), '%f' % z, '%.1e' % z, format(z, 'g'), repr(round(-0.4)), repr(-0.0 // 1)
print float.fromhex.__name__

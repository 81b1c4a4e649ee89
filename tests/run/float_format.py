# Float formatting across precisions and conversions: %-formatting, format(), str.format, repr/str
# of values near powers of ten, rounding of ties in formatting (round-half-even on the binary value).
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-5, 123456789.0, 1.23456789e-7, 9.995, 99.95, 0.045, 1e15, 1e16]
for v in vals:
    print repr(v), '%.0f %.1f %.2f %.3f' % (v, v, v, v), '%.0e %.3e' % (v, v), '%g %.3g %.10g' % (v, v, v)
for v in (1e-4, 1e-5, 1e15, 1e16, 1e17, 123456789012.0, 0.0001234, 1234567890123456789.0):
    print repr(v), str(v), '%s' % v, '%r' % v, format(v), format(v, 'g'), format(v, '.12g'), '{0}'.format(v)
for p in range(0, 18, 3):
    print p, '%.*f' % (p, 1 / 3.0), '%.*e' % (p, 2 / 3.0), '%.*g' % (p, 10 / 7.0)
print '%.17g %.17g %.17g' % (0.1, 0.2, 0.3), '%.20f' % 0.1, '%.30e' % 1e-300
print '%5.1f|%-8.3f|%+.2f|% .2f|%08.3f|%-+9.2e|' % (3.14159, 2.5, 1.0, 1.0, -3.5, 12345.678)
print format(1234.5678, ',.2f'), format(-1234.5678, '+,.1f'), format(0.000012345, '.3e'), format(12.0, '.0%')
print format(1e22, 'f'), format(1.5e-7, 'f'), format(1.5e-7, '.10f'), format(2 ** 0.5, '.50f')[:25]
print '%f' % 1e50, '%.3f' % -0.0005, '%.3f' % 0.0005, '%.2f' % 0.005, '%.2f' % 0.015, '%.2f' % 0.025
print str(1.0 / 7), repr(1.0 / 7), str(100.0 / 7), str(1e10 / 7), str(1e11 / 7), str(-1e-10 / 7)
print '%s %s %s' % (1e-4, 1.5e-4, 0.00015), 1e-4 == 0.0001, str(1e100), str(1.7976931348623157e308)

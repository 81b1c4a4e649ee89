# complex: signed zeros in repr, division corner cases, powers, mixing with int/long/float, conversions.
for z in (complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), -0j, 0j * -1, -(1 + 0j)):
    print repr(z), repr(z.real), repr(z.imag)
print (1 + 2j) / (3 + 4j), (1 + 2j) / 2L, 1 / (1j), (1j) / (1j), (2 + 0j) / 1e-300 if False else (1e300 + 1e300j) / (1e300 + 1e300j)
print (1 + 1j) ** 2, (1 + 1j) ** -1, (1j) ** 3, (2 + 0j) ** 0.5 == 2 ** 0.5, 0j ** 0, (0j) ** 2, (1 + 1j) ** 0L
print 2 ** (1j * 0), (1 + 2j) * 2L, (1 + 2j) - 2 ** 70, 1e308j * 10
try:
    (1 + 1j) ** 10000
except OverflowError as e:
    print type(e).__name__, e
try:
    0j ** -1
except ZeroDivisionError as e:
    print type(e).__name__, e
try:
    0j ** 1j
except ZeroDivisionError as e:
    print type(e).__name__, e
try:
    1j % 0
except ZeroDivisionError as e:
    print type(e).__name__, e
print complex(1, 2) == complex(1.0, 2.0), complex(2) == 2, complex(2) == 2L, 1j != 1, (1 + 0j) == True
print complex(1e16, 1), complex('1e16+1j'), complex(1.5, -0.5).conjugate(), abs(1e300 + 1e300j) > 1e300
print [complex(s) for s in ('1', '-1.5', '+2j', '-j', '1-j', '  (3+4j)  ', '1e-3-1e-3j', 'INFj', '-nan+1j')]
print complex(real=1), complex(imag=2), complex(1, imag=3)
print 3 + 4j == complex('3+4j'), hash(3 + 0j) == hash(3), hash(0.5 + 0j) == hash(0.5)
print '%s|%r|%.2f' % (1 + 2j, 1 + 2j, 2.5) if False else '%s|%r' % (1 + 2j, 1 - 2j)
print str(1e20 + 1j), repr(complex(1e-20, 1e20)), str(complex(123456789.123, 1)), repr(complex(0.1, 0.30000000000000004))

# Literal syntax: numbers in all bases, long suffixes, floats, imaginary, string prefixes and escapes,
# implicit concatenation, containers, and constant expressions.
print 0, 00, 0L, 0x0, 0o0, 0b0, 0X1F, 0O17, 0B11, 017, 0777L, 0xdeadbeefL, 1l, 123456789012345678901234567890
print 1., .1, 1.e2, 1e-2, 1E+2, 1.5e300 * 1e10, 0e0, 00.5, 1000, 3.14j, 1e3J, 0j, .5j
print type(0x7fffffffffffffff).__name__, type(0x8000000000000000).__name__, type(9223372036854775807).__name__
print type(9223372036854775808).__name__, -9223372036854775808, type(-9223372036854775808).__name__
print 'single', "double", '''triple single''', """triple double""", 'it''s', "con" "cat", 'a' 'b' 'c'
print r'raw \n \t \\', R'RAW', u'uni', U'UNI', ur'raw uni \n', Ur'x', b'bytes', B'BYTES', br'raw bytes \n', bR'x'
print repr('\a\b\f\n\r\t\v\\\'\"\0\x41\101\1234'), len('\1234'), repr('\N{BULLET}')
print repr(u'\u0041\U00000042\N{LATIN SMALL LETTER A}\x43\103'), repr(ur'\u0041 \x41')
print repr('line1\
line2'), repr('''a
b'''), repr("""x\
y""")
print [], [1], [1, 2,], (), (1,), (1, 2,), {}, {1: 2}, {1: 2,}, {1}, {1, 2,}, [[]], ((),)
print 2 ** -1, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, ~0, not 0, -(-1), +(+1), 1 if 0 else 2
print `1` + `[2]`, `'q'`
print 0xFF == 255 == 0377 == 0b11111111 == 255L, 1e0 == 1 == 1.0 == 1 + 0j, 'a' == u'a' == 'a'
print 10 / 3, 10 // 3, 10 % 3, -10 / 3, 10.0 / 4, 2 ** 64, 2 ** 0.5 > 1.41
print True + False, True * 3, None is None, Ellipsis

# All operators and their precedence.
a + b - c * d / e % f // g ** h
a << b >> c & d ^ e | f
a | b ^ c & d << e + f * g ** h
-a ** -b
not a == b
a and b or c and not d
a < b <= c > d >= e == f != g
a is b is not c in d not in e
a if b else c
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x >>= 1
x <<= 1
x &= 1
x ^= 1
x |= 1
~a
+a
-a
~~a
not not a
a ** b ** c
(a + b) * c
a.b.c(d)[e].f

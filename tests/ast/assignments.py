# Assignment targets.
a = 1
a = b = c
a, b = c
a, b = b, a
[a, b] = c
a.b = c
a[0] = c
a[0:1] = c
(a, b), c = d
a, = b
(a) = b
((a)) = b
a, (b, [c, d]) = e
a.b.c = d
a().b = c
x = yield_ = 1
a = 1,
a = ()

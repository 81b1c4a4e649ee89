# Attribute and subscript chains, in load and store context.
a.b
a.b.c.d
a.b[c].d(e)[f]
a.b = 1
a.b.c = 1
a[b].c = 1
a.b[c] = 1
del a.b[c].d
a.b += 1
a[0] += 1
a.b[0] *= 2
(a).b
1 .real
1.0.real
'abc'.upper()
[1, 2].pop

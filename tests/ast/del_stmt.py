# The del statement.
del a
del a, b
del a.b, a[0], (a, b), [c, d]
del (a)
del a,
del (a, b), c
del a[1:2, 3]

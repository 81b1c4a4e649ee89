# raise with zero to three expressions.
raise
raise E
raise E, V
raise E, V, T
raise E(V)
raise E, (1, 2)
raise E, V, None
raise E("x"), None, tb

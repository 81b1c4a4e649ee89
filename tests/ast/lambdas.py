# lambda expressions.
lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1, y=2: x
lambda *a: a
lambda **k: k
lambda x, *a, **k: 0
lambda x, y=1, *a, **k: 0
lambda: lambda: 0
f(lambda x: x, key=lambda y: -y)
x = lambda: (yield)
lambda x,: x

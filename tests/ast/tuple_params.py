# Tuple parameters, in def and lambda.
def f((a, b), c=1, (d, (e, g))=(1, (2, 3)), *args, **kw):
    return a
def g(a, (b,)):
    pass
def h((a, b)=x, ((c,), d)=y):
    pass
lambda (a, b): a + b
lambda (a, (b, c)), d=1, *e, **f: 0
def k(a, b=2, *c):
    pass
def m(**kw):
    pass
def n(*a, **k):
    pass

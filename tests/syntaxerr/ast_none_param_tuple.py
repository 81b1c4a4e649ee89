def f(a, (b, None)):
    pass

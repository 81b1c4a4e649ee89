def f(a, None=1):
    pass

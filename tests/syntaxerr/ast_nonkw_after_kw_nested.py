def g():
    return f(x, y=1, z)

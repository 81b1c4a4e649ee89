def f():
    d = {1: 2,
         3: 4
    return d

def f():
    x = 1
    continue

def f():
    x = 1
    if x:
        # todo

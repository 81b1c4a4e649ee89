def f():
    for g() in x:
        pass

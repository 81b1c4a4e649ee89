def f():
    elif x:
        pass

def f():
    return 0b

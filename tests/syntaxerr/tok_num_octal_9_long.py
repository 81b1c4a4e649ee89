def f():
    return 019L

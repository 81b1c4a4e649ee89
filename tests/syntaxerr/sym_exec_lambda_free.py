def f():
    exec "a = 1"
    return lambda: b

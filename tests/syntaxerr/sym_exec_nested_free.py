def f():
    exec "x = 1"
    def g():
        return y

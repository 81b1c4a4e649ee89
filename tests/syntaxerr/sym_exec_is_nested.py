def f():
    x = 1
    def g():
        exec "y = 2"
        return x

# yield statements and expressions.
def g():
    yield
    yield x
    yield x, y
    x = yield
    x = yield y
    x = yield y, z
    f((yield))
    f((yield x))
    (yield x) + 1
    a = b = yield c
    x += yield
    lambda: (yield)
    [(yield) for i in x]
    z = (yield) if a else (yield b)
    yield (yield)
    print (yield)

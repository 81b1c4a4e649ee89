def f(a):
    exec "b = 1"
    return (x for x in a if x > b)

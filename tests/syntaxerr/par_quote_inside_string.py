def f(a):
    b = a + 1
    s = 'it's'
    return s

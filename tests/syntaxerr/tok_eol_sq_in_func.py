def f(a):
    b = a + 1
    s = 'its
    return s

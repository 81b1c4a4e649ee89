f(print=1)

def f():
    '''docstring
    more
    return 1

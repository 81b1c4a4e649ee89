def f():
    return "abc

def f():
    my$var = 1

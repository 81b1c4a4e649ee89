def f():
    global a,

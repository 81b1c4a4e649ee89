def f():
    exec

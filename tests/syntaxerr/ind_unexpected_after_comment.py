def f():
    y = 0
    # comment
      x = 1

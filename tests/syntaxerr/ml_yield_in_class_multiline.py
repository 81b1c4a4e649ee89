class C:
    x = [1,
         2]
    y = (yield
         x)

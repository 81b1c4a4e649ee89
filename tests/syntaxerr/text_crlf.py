x = 1
if x:
    f() = 2

# A module with a syntax error on line 3.
x = 1
def broken(:
    pass

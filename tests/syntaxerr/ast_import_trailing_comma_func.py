def f():
    x = 1
    from os.path import (join,
        split)
    from os import sep, 

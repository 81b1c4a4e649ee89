import os

def f():
    if os:
        return [1,
                u"\N{NO SUCH NAME}"]

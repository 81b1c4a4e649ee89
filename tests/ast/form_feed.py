import os

def f():
    pass

class C:
    pass

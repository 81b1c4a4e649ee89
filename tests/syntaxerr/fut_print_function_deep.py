from __future__ import print_function

def f(x):
    if x:
        print x

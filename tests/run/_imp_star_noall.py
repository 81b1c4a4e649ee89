import math as _m
import string
visible = 'visible'
_underscore = 'hidden'
def function():
    return 'function'

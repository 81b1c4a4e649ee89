# raise E, V, tb: the new exception carries the old traceback.
import sys

def original():
    return [1, 2][5]

def translate():
    try:
        original()
    except IndexError:
        tb = sys.exc_info()[2]
        raise LookupError, 'translated from IndexError', tb

translate()

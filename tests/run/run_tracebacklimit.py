# sys.tracebacklimit limits the frames printed for an uncaught exception.
import sys
sys.tracebacklimit = 2

def a():
    b()
def b():
    c()
def c():
    raise ValueError('only the two innermost frames are shown')
a()

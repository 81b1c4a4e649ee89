# sys.tracebacklimit = 0: only the exception line is printed.
import sys
sys.tracebacklimit = 0
def f():
    return 1 / 0
f()

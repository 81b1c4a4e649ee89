# Unbounded recursion that is not caught: the traceback (limited here with
# sys.tracebacklimit to keep it short) and exit status 1.
import sys
sys.tracebacklimit = 4

def recurse(n):
    return recurse(n + 1)

print 'starting'
sys.stdout.flush()
recurse(0)

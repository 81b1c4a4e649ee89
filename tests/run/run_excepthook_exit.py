# SystemExit does not go through sys.excepthook.
import sys

def hook(*args):
    print 'hook must not run for SystemExit'
sys.excepthook = hook
print 'exiting'
sys.exit(9)

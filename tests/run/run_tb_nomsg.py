# An uncaught exception without a message prints only the class name.
import sys
print 'before'
sys.stdout.flush()
def f():
    raise NotImplementedError
f()

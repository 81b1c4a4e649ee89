# atexit: handlers run after the traceback of an uncaught exception is printed.
import atexit, sys

def handler():
    print 'handler runs'
    sys.stdout.flush()
    sys.stderr.write('handler on stderr\n')
atexit.register(handler)
print 'main'
raise RuntimeError('uncaught')

# A custom sys.excepthook receives the uncaught exception instead of the
# default traceback printer; the exit status is still 1.
import sys

def hook(etype, value, tb):
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print 'hook called:', etype.__name__, value, frames
    sys.stderr.write('custom report: %s\n' % value)

sys.excepthook = hook

def fail():
    raise LookupError('handled by the hook')
print 'start'
fail()

# threading: an exception that escapes a thread's run() is printed on
# sys.stderr as "Exception in thread NAME:" and a traceback, and the program
# goes on; SystemExit ends the thread quietly. The report goes to whatever
# sys.stderr is when it happens; it is captured here and the frames of the
# library (whose paths and line numbers differ between interpreters) are
# shown as "threading.py", line N.
import sys
import threading

SCRIPT = 'thr_exc_in_thread.py'


class Capture(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


def normalize(text):
    lines = []
    for line in text.split('\n'):
        if line.startswith('  File "') and SCRIPT not in line:
            head, rest = line.split('", line ', 1)
            func = rest.split(', in ', 1)[1]
            name = head[len('  File "'):].rsplit('/', 1)[-1]
            line = '  File "%s", line N, in %s' % (name, func)
        lines.append(line)
    return '\n'.join(lines)


def run_capturing(t):
    # Start t and wait for it with sys.stderr captured; print what was
    # written, between markers, with the library's frames normalized.
    cap = Capture()
    sys.stderr = cap
    try:
        t.start()
        t.join()
    finally:
        sys.stderr = sys.__stderr__
    print '---- %s: %d writes' % (t.name, len(cap.parts))
    sys.stdout.write(normalize(cap.text()))
    print '----'


def fail(x):
    return helper(x) + 1


def helper(x):
    return {}[x]

# an exception from the target, through two functions of this script
t = threading.Thread(target=fail, args=('missing',))
run_capturing(t)
print t.is_alive(), threading.active_count(), sys.exc_info()

# from a subclass's run(), in a thread with a name of its own


class Broken(threading.Thread):
    def run(self):
        raise ValueError('broken %s' % self.name)

b = Broken(name='custom')
run_capturing(b)
print b.is_alive()

# an exception of a class of this script, with a multi-line message


class MyError(Exception):
    pass


def raise_mine():
    raise MyError('line one\nline two')

run_capturing(threading.Thread(target=raise_mine))

# a target called with the wrong arguments
run_capturing(threading.Thread(target=len))

# ZeroDivisionError from a lambda, and an old-style class instance


class OldError:
    def __str__(self):
        return 'an old-style error'


def raise_old():
    raise OldError()

run_capturing(threading.Thread(target=lambda: 1 / 0))
run_capturing(threading.Thread(target=raise_old))

# SystemExit ends the thread without a word, whatever its code
after = []


def leave(code):
    after.append('before exit')
    sys.exit(code)
    after.append('not reached')

for code in (0, 3, 'message', None):
    run_capturing(threading.Thread(target=leave, args=(code,)))
print after


class Quitter(threading.Thread):
    def run(self):
        raise SystemExit(7)

run_capturing(Quitter())

# KeyboardInterrupt is reported like any other exception
def interrupt():
    raise KeyboardInterrupt

run_capturing(threading.Thread(target=interrupt))

# with sys.stderr set to None, the report goes to the stderr of the time the
# Thread was made, in a shorter form
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=fail, args=(5,), name='no-stderr')
sys.stderr = None
try:
    t.start()
    t.join()
finally:
    sys.stderr = sys.__stderr__
print '---- without sys.stderr: %d writes' % len(cap.parts)
sys.stdout.write(normalize(cap.text()))
print '----'

# nothing is left of the failures in this thread
print sys.exc_info(), threading.active_count()
print 'main goes on'

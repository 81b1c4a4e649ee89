# threading: the debug notes that objects made with verbose=True (or while
# threading._VERBOSE is true) write on sys.stderr, in one thread.
import sys
import threading


class Capture(object):
    # Collects what is written, to print it with addresses hidden.
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def hide_addresses(text):
    out = []
    while ' at 0x' in text:
        head, text = text.split(' at 0x', 1)
        out.append(head + ' at ADDR')
        while text and text[0] in '0123456789abcdefABCDEF':
            text = text[1:]
    out.append(text)
    return ''.join(out)

r = threading.RLock(verbose=True)
r.acquire()
r.acquire()
r.release()
r.release()
print r.acquire(0)
r.release()

c = threading.Condition(threading.RLock(verbose=True), verbose=True)
with c:
    c.notify()
    c.notify_all()
    c.wait(0.001)
    c.wait(0)
print repr(c)

sys.stderr = cap = Capture()
s = threading.Semaphore(1, verbose=True)
print s.acquire(), s.acquire(False)
s.release()

b = threading.BoundedSemaphore(verbose=True)
b.acquire()
b.release()

sys.stderr = sys.__stderr__
sys.stderr.write(hide_addresses(''.join(cap.parts)))

e = threading.Event(verbose=True)
e.set()
print e.wait()

quiet = threading.RLock()
quiet.acquire()
quiet.release()
print 'quiet'

threading._VERBOSE = True
loud = threading.RLock()
loud.acquire()
loud.release()
threading._VERBOSE = False
print 'verbose by default, then not'
off = threading.RLock(verbose=False)
off.acquire()
off.release()
print 'done'

# threading: at exit the interpreter waits for every thread that is not a
# daemon (threading._shutdown), including threads started meanwhile, before
# the atexit functions run; a daemon thread blocked for good does not keep
# the program alive.
import atexit
import sys
import threading
import time


def goodbye():
    print 'atexit', [t.name for t in threading.enumerate() if not t.daemon]

atexit.register(goodbye)

never = threading.Lock()
never.acquire()
stuck = threading.Thread(target=never.acquire, name='stuck')
stuck.daemon = True
stuck.start()


def late():
    time.sleep(0.05)
    print 'late worker done'


def slow():
    time.sleep(0.1)
    print 'worker done'
    threading.Thread(target=late, name='late').start()

threading.Thread(target=slow, name='slow').start()
print 'main done', sorted(t.name for t in threading.enumerate())

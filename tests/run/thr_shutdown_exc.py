# threading: an uncaught exception in the main thread is printed, then the
# interpreter waits for the threads that are not daemons and exits with 1.
import threading
import time


def slow():
    time.sleep(0.1)
    print 'worker done'

threading.Thread(target=slow).start()
print 'main fails'
raise ValueError('main thread failed')

# threading: sys.exit() in the main thread still waits for the threads that
# are not daemons; the exit status is sys.exit's.
import sys
import threading
import time


def slow():
    time.sleep(0.1)
    print 'worker done'

threading.Thread(target=slow).start()
print 'main exits'
sys.exit(3)

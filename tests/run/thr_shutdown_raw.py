# thread: without the threading module, nothing waits at exit for threads
# started with thread.start_new_thread; they end with the program.
import thread
import time

started = thread.allocate_lock()
started.acquire()


def slow():
    started.release()
    time.sleep(2)
    print 'never printed'

thread.start_new_thread(slow, ())
started.acquire()
print 'main done'

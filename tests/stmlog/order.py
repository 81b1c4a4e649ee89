# order.py N: the first thread started writes a shared object in first(),
# the second in second(); the log must number them 2 and 3.
import sys, thread, time


class Box(object):
    pass

shared = Box()
shared.a = 0
n = int(sys.argv[1])
ready = [0]
done = [0]
lock = thread.allocate_lock()


def first():
    with lock:
        ready[0] += 1
    while ready[0] < 2:
        time.sleep(0.001)
    for i in xrange(n):
        shared.a += 1
    with lock:
        done[0] += 1


def second():
    with lock:
        ready[0] += 1
    while ready[0] < 2:
        time.sleep(0.001)
    for i in xrange(n):
        shared.a += 1
    with lock:
        done[0] += 1

thread.start_new_thread(first, ())
time.sleep(0.01)
thread.start_new_thread(second, ())
while done[0] < 2:
    time.sleep(0.005)

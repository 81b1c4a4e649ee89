# attr.py shared|private N: two threads add 1 to an attribute N times,
# of one object they share or each of its own.
import sys, thread, time


class Box(object):
    pass

shared = Box()
shared.a = 0
mode, n = sys.argv[1], int(sys.argv[2])
ready = [0]
done = [0]
lock = thread.allocate_lock()


def work():
    if mode == "shared":
        obj = shared
    else:
        obj = Box()
        obj.a = 0
    with lock:
        ready[0] += 1
    while ready[0] < 2:
        pass  # spin: a thread waking from a sleep may find the other done
    for i in xrange(n):
        obj.a += 1
    with lock:
        done[0] += 1

for i in range(2):
    thread.start_new_thread(work, ())
while done[0] < 2:
    time.sleep(0.005)

# printatomic.py N: two threads print inside atomic blocks N times each.
import sys, thread, time

try:
    import pypystm
    atomic = pypystm.atomic
except (ImportError, AttributeError):
    print "SKIP: pypystm.atomic is missing"
    sys.exit(0)
n = int(sys.argv[1])
ready = [0]
done = [0]
lock = thread.allocate_lock()


def work(me):
    with lock:
        ready[0] += 1
    while ready[0] < 2:
        time.sleep(0.001)
    x = 0
    for i in xrange(n):
        with atomic:
            for j in xrange(200):
                x += j
            print me, i
    with lock:
        done[0] += 1

for k in range(2):
    thread.start_new_thread(work, (k,))
while done[0] < 2:
    time.sleep(0.005)

# Stress: a thread that releases a lock and takes it again at once, in a
# tight loop, must not starve the threads waiting for that lock. Under
# CPython's GIL the waiters get the lock within a few switches; a run
# that never lets them in hangs.
#
# usage: lockhog.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import threading

from _stress import args

NTHREADS, SIZE = args(200)

lock = threading.Lock()
rlock = threading.RLock()
stop = []
counts = {'hog': 0, 'waiters': 0}


def hog(lk):
    while not stop:
        with lk:
            counts['hog'] += 1


def waiter(lk):
    for i in xrange(SIZE):
        with lk:
            counts['waiters'] += 1


def run(lk, name):
    del stop[:]
    counts['waiters'] = 0
    # One thread in two hogs the lock (at least one hog, one waiter).
    nhogs = max(1, NTHREADS // 2)
    hogs = [threading.Thread(target=hog, args=(lk,)) for i in range(nhogs)]
    waiters = [threading.Thread(target=waiter, args=(lk,))
               for i in range(max(1, NTHREADS - nhogs))]
    for t in hogs + waiters:
        t.start()
    for t in waiters:
        t.join()
    stop.append(1)
    for t in hogs:
        t.join()
    if counts['waiters'] == len(waiters) * SIZE:
        print "%s: ok" % name
    else:
        print "%s: FAIL: waiters counted %d, want %d" % (
            name, counts['waiters'], len(waiters) * SIZE)

run(lock, "Lock")
run(rlock, "RLock")

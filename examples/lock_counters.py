# Locks under pystm: `with lock:` around work on separate data.
#
# Every thread below takes the same lock, but each updates a histogram
# of its own. Under pystm the lock is elided: a block that acquires and
# releases it within one transaction only reads the lock, so the threads
# do not conflict on it, and they still run as if the lock were taken.
# The lock keeps its meaning where data is shared: the shared total is
# exact.
#
#   pystm examples/lock_counters.py
#   PYTHONPATH=fallback python2 examples/lock_counters.py
import threading

THREADS = 4
N = 3000
lock = threading.Lock()
histograms = [[0] * 10 for t in range(THREADS)]
shared = {'total': 0, 'max': 0}


def count(t):
    hist = histograms[t]
    x = t + 1
    for i in range(N):
        x = (x * 69069 + 1) % 4294967296
        with lock:
            hist[x % 10] += 1          # this thread's own data
        if i % 50 == 0:
            with lock:                 # shared data: the lock matters
                shared['total'] += 50
                shared['max'] = max(shared['max'], sum(hist))


threads = [threading.Thread(target=count, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
for t in range(THREADS):
    print "thread %d: %s sum %d" % (t, histograms[t], sum(histograms[t]))
print "shared total:", shared['total'], "(%d)" % (THREADS * N)
print "largest partial sum:", shared['max']
print "lock free at the end:", not lock.locked()

# conflict: the worst case for parallel threads. Every job updates the
# same few objects all the time: counters in a shared list and a shared
# dict under one threading.Lock, and, without a lock, appends to one
# shared list (an append is atomic under CPython's GIL, and so it must be
# under pystm). Almost every transaction of one thread conflicts with the
# other thread's; the point is to see what that costs, not to scale.
#
# usage: conflict.py [THREADS [SIZE]]
# A fixed number of jobs (JOBS) is dealt out to THREADS threads, so the
# total work does not depend on the thread count. SIZE is the number of
# updates of each job. Prints a checksum that is the same for any thread
# count; never a timing.

import sys
import threading

JOBS = 8
SIZE = 100000
SLOTS = 16


def job(j, size, lock, counters, totals, log):
    for i in xrange(size):
        k = (i * 7 + j) % SLOTS
        with lock:
            counters[k] += 1
            totals[k] = totals.get(k, 0) + i
        if i % 4 == 0:
            log.append(j * size + i)


def worker(jobs, size, lock, counters, totals, log):
    for j in jobs:
        job(j, size, lock, counters, totals, log)


def main():
    threads = 1
    size = SIZE
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        size = int(sys.argv[2])
    lock = threading.Lock()
    counters = [0] * SLOTS
    totals = {}
    log = []
    workers = [threading.Thread(target=worker,
                                args=(range(t, JOBS, threads), size, lock,
                                      counters, totals, log))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    check = 0
    for k in range(SLOTS):
        check = (check * 1000003 + counters[k] * 7 + totals[k]) % 2147483647
    print "conflict jobs=%d size=%d updates=%d appended=%d logsum=%d checksum=%d" % (
        JOBS, size, sum(counters), len(log), sum(log), check)


if __name__ == '__main__':
    main()

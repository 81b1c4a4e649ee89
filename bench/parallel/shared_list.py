# shared_list: one big list shared by all threads, written by index.
# The list is cut into JOBS contiguous slices; each job makes PASSES
# passes over its own slice, reading and rewriting every item, so the
# threads write the same list object but never the same index.
#
# usage: shared_list.py [THREADS [SIZE]]
# A fixed number of jobs (JOBS) is dealt out to THREADS threads, so the
# total work does not depend on the thread count and perfect scaling
# halves the time on two threads. SIZE is the length of the list.
# Prints a checksum of the final list that is the same for any thread
# count; never a timing.

import sys
import threading

JOBS = 8
SIZE = 1000000
PASSES = 6


def job(data, lo, hi):
    """Rewrites data[lo:hi] in place, PASSES times."""
    for p in xrange(PASSES):
        k = p * 7 + 3
        for i in xrange(lo, hi):
            v = data[i]
            data[i] = (v * 31 + i * k + (v >> 3)) % 65521


def worker(jobs, data, bounds):
    for j in jobs:
        lo, hi = bounds[j]
        job(data, lo, hi)


def main():
    threads = 1
    size = SIZE
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        size = int(sys.argv[2])
    data = range(size)
    bounds = [(size * j // JOBS, size * (j + 1) // JOBS) for j in range(JOBS)]
    workers = [threading.Thread(target=worker,
                                args=(range(t, JOBS, threads), data, bounds))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    check = 0
    for v in data[::97]:
        check = (check * 31 + v) % 2147483647
    print "shared_list jobs=%d size=%d sum=%d checksum=%d" % (
        JOBS, len(data), sum(data), check)


if __name__ == '__main__':
    main()

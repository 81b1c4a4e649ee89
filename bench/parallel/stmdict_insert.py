# stmdict_insert: threads insert disjoint keys into one shared
# pypystm.stmdict, then read them back. An stmdict's conflicts are per
# key (per bucket), so the threads should not conflict, unlike the same
# program on a plain dict (dict_insert.py), where every insert writes the
# one dict object. Under CPython, stmdict falls back to dict.
#
# usage: stmdict_insert.py [THREADS [SIZE]]
# A fixed number of jobs (JOBS) is dealt out to THREADS threads, so the
# total work does not depend on the thread count and perfect scaling
# halves the time on two threads. Job j inserts SIZE keys, the ints
# congruent to j modulo JOBS, with values computed from the keys, then
# reads them back and checks them. Prints a checksum that is the same
# for any thread count; never a timing.

import sys
import threading

try:
    from pypystm import stmdict
except ImportError:
    stmdict = dict

JOBS = 8
SIZE = 60000


def value(k):
    """The value stored under key k."""
    return (k * 7919 + (k >> 3)) % 1000003


def fill(d, j, size):
    """One job: inserts its keys, then reads them back; returns the sum
    of the values read and the number of wrong ones."""
    for i in xrange(size):
        k = i * JOBS + j
        d[k] = value(k)
    total = 0
    bad = 0
    for i in xrange(size):
        k = i * JOBS + j
        v = d[k]
        if v != value(k):
            bad += 1
        total += v
    return total % 2147483647, bad


def worker(jobs, size, d, results):
    for j in jobs:
        results.append((j, fill(d, j, size)))


def main(container=stmdict, name="stmdict_insert"):
    """Runs the benchmark on a shared container of the given type."""
    threads = 1
    size = SIZE
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        size = int(sys.argv[2])
    d = container()
    results = [[] for t in range(threads)]
    workers = [threading.Thread(target=worker,
                                args=(range(t, JOBS, threads), size, d,
                                      results[t]))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    done = sorted(r for rs in results for r in rs)
    check = 0
    bad = 0
    for j, (total, wrong) in done:
        check = (check * 1000003 + total) % 2147483647
        bad += wrong
    print "%s jobs=%d size=%d keys=%d bad=%d checksum=%d" % (
        name, len(done), size, len(d), bad, check)


if __name__ == '__main__':
    main()

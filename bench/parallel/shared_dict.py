# shared_dict: a shared, read-mostly dict used as a cache. The main
# thread fills one dict with KEYS string keys (leaving out one key in
# HOLE); every job then looks up a pseudo-random sequence of keys in that
# one dict, and on a miss computes the value and stores it, so writes are
# rare (a few hundred in the whole run, against over a million reads)
# and every thread reads what the others wrote.
#
# usage: shared_dict.py [THREADS [SIZE]]
# A fixed number of jobs (JOBS) is dealt out to THREADS threads, so the
# total work does not depend on the thread count and perfect scaling
# halves the time on two threads. SIZE is the number of look-ups of each
# job. Prints a checksum that is the same for any thread count (a value
# depends only on its key, whoever computed it); never a timing.

import sys
import threading

JOBS = 8
SIZE = 60000
KEYS = 100000
HOLE = 499


def compute(i):
    """The value cached for key number i."""
    return (i % 10007) * (i % 9973) % 10007 + len(str(i))


def build(keys):
    cache = {}
    for i in xrange(len(keys)):
        if i % HOLE:
            cache[keys[i]] = compute(i)
    return cache


def lookups(start, step, size, keys, cache):
    """One job: size look-ups of keys start, start+step, ... (modulo
    the key count); returns the sum of the values found or computed,
    and the number of misses. (Small numbers throughout: Jython's ints
    are 32 bits wide.)"""
    n = len(keys)
    i = start
    total = 0
    misses = 0
    for _ in xrange(size):
        i += step
        if i >= n:
            i -= n
        k = keys[i]
        v = cache.get(k)
        if v is None:
            v = compute(i)
            cache[k] = v
            misses += 1
        total += v
    return total, misses


def worker(jobs, size, keys, cache, results):
    for j in jobs:
        total, misses = lookups(j * 12345 % len(keys), 7919 + 2 * j,
                                size, keys, cache)
        results.append((j, total))


def main():
    threads = 1
    size = SIZE
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        size = int(sys.argv[2])
    keys = ['key%d' % i for i in xrange(KEYS)]
    cache = build(keys)
    before = len(cache)
    results = [[] for t in range(threads)]
    workers = [threading.Thread(target=worker,
                                args=(range(t, JOBS, threads), size, keys,
                                      cache, results[t]))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    done = sorted(r for rs in results for r in rs)
    check = 0
    for j, total in done:
        check = (check * 1000003 + total) % 2147483647
    bad = 0
    for i in xrange(KEYS):
        v = cache.get(keys[i])
        if v is not None and v != compute(i):
            bad += 1
    print "shared_dict jobs=%d size=%d keys=%d added=%d bad=%d checksum=%d" % (
        len(done), size, before, len(cache) - before, bad, check)


if __name__ == '__main__':
    main()

# tq_independent: CPU-bound independent tasks through a
# transaction.TransactionQueue. Each task renders one row of the
# Mandelbrot set (float arithmetic in a tight loop), hashes the row's
# iteration counts and stores the result in a transaction.hashtable
# under the row's number (per-key conflicts, so the tasks share nothing
# they write). Every task is one transaction, run by run()'s worker
# threads.
#
# usage: tq_independent.py [THREADS [SIZE]]
# A fixed number of tasks (JOBS rows) goes through run(nb_segments=
# THREADS), so the total work does not depend on the thread count and
# perfect scaling halves the time on two threads. SIZE is the width of a
# row in pixels. Prints a checksum that is the same for any thread
# count; never a timing. Under CPython and Jython it needs the serial
# transaction module: PYTHONPATH=fallback.

import sys
import transaction

JOBS = 64
SIZE = 1536
MAXITER = 120


def render_row(y, size, results):
    """One task: row y of the picture; stores (iterations, hash)."""
    ci = -1.25 + 2.5 * y / JOBS
    total = 0
    h = 0
    for x in xrange(size):
        cr = -2.1 + 2.7 * x / size
        zr = 0.0
        zi = 0.0
        n = 0
        while n < MAXITER:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        total += n
        h = (h * 31 + n) % 1000003
    results[y] = (total, h)


def main():
    threads = 1
    size = SIZE
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        size = int(sys.argv[2])
    results = transaction.hashtable()
    tq = transaction.TransactionQueue()
    for y in range(JOBS):
        tq.add(render_row, y, size, results)
    tq.run(threads)
    check = 0
    iterations = 0
    for y in range(JOBS):
        total, h = results[y]
        check = (check * 1000003 + h) % 2147483647
        iterations += total
    print "tq_independent jobs=%d size=%d iterations=%d checksum=%d" % (
        JOBS, size, iterations, check)


if __name__ == '__main__':
    main()

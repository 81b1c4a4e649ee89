# lock_elision: threads that update objects of their own, each update
# under one lock shared by all the threads (a coarse lock, as programs
# written for CPython's GIL often have). Under pystm the lock is elided:
# a transaction that takes and releases it only reads it, so the threads
# do not conflict on it and run in parallel.
#
# usage: lock_elision.py [THREADS [SIZE]]
# A fixed number of jobs (JOBS) is dealt out to THREADS threads, so the
# total work does not depend on the thread count. Prints a checksum that
# is the same for any thread count; never a timing.

import sys
import threading

JOBS = 8
SIZE = 250000


class Account(object):
    def __init__(self):
        self.balance = 0
        self.history = 0


def job(k, size, lock, out):
    acct = Account()
    x = k + 1
    for i in xrange(size):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        with lock:
            acct.balance += x & 1023
            acct.history = (acct.history * 31 + (x & 7)) & 0xffffff
    out[k] = acct.balance ^ acct.history


def worker(jobs, size, lock, out):
    for k in jobs:
        job(k, size, lock, out)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else SIZE
    lock = threading.Lock()
    out = [0] * JOBS
    ts = [threading.Thread(target=worker, args=(range(n, JOBS, threads), size, lock, out))
          for n in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print sum(out) & 0xffffffff


main()

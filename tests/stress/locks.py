# Stress: counters updated under thread.allocate_lock, threading.Lock,
# threading.RLock (taken recursively) and threading.Semaphore must be
# exact: a lock makes the read-modify-write atomic.
#
# usage: locks.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import thread
import threading

from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(2000)

TOTAL = NTHREADS * SIZE


class Box(object):
    pass

# --- thread.allocate_lock with acquire/release -----------------------------

counter = 0
lock = thread.allocate_lock()


def raw_locked(k):
    global counter
    for i in xrange(SIZE):
        lock.acquire()
        try:
            c = counter
            # Work between the read and the write, with a call and a
            # loop, so that a transaction may end in between.
            for j in range(i % 3):
                c += 0
            counter = c + 1
        finally:
            lock.release()

run_threads(NTHREADS, raw_locked)
check(counter == TOTAL, "counter %d, want %d", counter, TOTAL)
check(not lock.locked(), "lock left locked")
report("thread lock")

# --- threading.Lock as a context manager, several kinds of counter ---------

g = 0
box = Box()
box.n = 0
cells = [0, 0]
table = {'n': 0}
lock = threading.Lock()


def with_locked(k):
    global g
    for i in xrange(SIZE):
        with lock:
            g += 1
            box.n = box.n + 1
            cells[i % 2] += 1
            table['n'] += 1

run_threads(NTHREADS, with_locked)
check(g == TOTAL, "global %d, want %d", g, TOTAL)
check(box.n == TOTAL, "attribute %d, want %d", box.n, TOTAL)
want = [NTHREADS * ((SIZE + 1) // 2), NTHREADS * (SIZE // 2)]
check(cells == want, "list cells %r, want %r", cells, want)
check(table['n'] == TOTAL, "dict value %d, want %d", table['n'], TOTAL)
report("Lock")

# --- RLock taken recursively -----------------------------------------------

rlock = threading.RLock()
rbox = Box()
rbox.n = 0
rbox.depth_seen = 0


def bump(depth):
    with rlock:
        if depth > 0:
            bump(depth - 1)
        else:
            v = rbox.n
            rbox.n = v + 1


def rlocked(k):
    for i in xrange(SIZE // 2):
        rlock.acquire()
        rlock.acquire()
        rbox.n += 1
        bump(i % 4)
        rlock.release()
        rlock.release()

run_threads(NTHREADS, rlocked)
want = NTHREADS * (SIZE // 2) * 2
check(rbox.n == want, "counter %d, want %d", rbox.n, want)
# Every thread released all it took: the main thread can take it at once.
check(rlock.acquire(False), "RLock still held after the threads ended")
rlock.release()
report("RLock")

# --- Semaphore(1) as a lock, Semaphore(2) around a pair of counters --------

sem = threading.Semaphore(1)
sbox = Box()
sbox.n = 0
sem2 = threading.BoundedSemaphore(2)
inside = [0]
maxinside = [0]
guard = threading.Lock()


def semaphored(k):
    for i in xrange(SIZE // 2):
        with sem:
            sbox.n += 1
        with sem2:
            with guard:
                inside[0] += 1
                if inside[0] > maxinside[0]:
                    maxinside[0] = inside[0]
            with guard:
                inside[0] -= 1

run_threads(NTHREADS, semaphored)
want = NTHREADS * (SIZE // 2)
check(sbox.n == want, "counter %d, want %d", sbox.n, want)
check(inside[0] == 0, "inside %d at the end", inside[0])
check(maxinside[0] <= 2, "%d threads inside Semaphore(2)", maxinside[0])
report("Semaphore")

# --- one lock per slot, threads hitting different slots --------------------

NSLOTS = 8
slots = [0] * NSLOTS
slotlocks = [threading.Lock() for i in range(NSLOTS)]


def slotted(k):
    for i in xrange(SIZE):
        s = (i + k) % NSLOTS
        with slotlocks[s]:
            slots[s] = slots[s] + 1

run_threads(NTHREADS, slotted)
check(sum(slots) == TOTAL, "slots sum %d, want %d", sum(slots), TOTAL)
want = [0] * NSLOTS
for k in range(NTHREADS):
    for i in range(SIZE):
        want[(i + k) % NSLOTS] += 1
check(slots == want, "slots %r, want %r", slots, want)
report("lock per slot")

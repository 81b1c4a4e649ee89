# Stress: producers and consumers through a bounded buffer guarded by a
# threading.Condition, then through Queue.Queue. Nothing may be lost or
# consumed twice, and each consumer must see each producer's items in
# the order they were produced (the buffers are FIFO).
#
# usage: condition.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import threading
import Queue

from _stress import args, check, report

NTHREADS, SIZE = args(2000)

NPROD = max(1, NTHREADS // 2)
NCONS = max(1, NTHREADS - NPROD)
PER = SIZE // NPROD
DONE = None


def run(produce, consume, finish):
    """Run NPROD producers and NCONS consumers; finish() tells the
    consumers to stop once the producers are done. Returns what each
    consumer got."""
    got = [None] * NCONS
    go = threading.Event()

    def producer(k):
        go.wait()
        for i in xrange(PER):
            produce((k, i))

    def consumer(c):
        go.wait()
        mine = []
        while True:
            item = consume()
            if item is DONE:
                break
            mine.append(item)
        got[c] = mine

    prods = [threading.Thread(target=producer, args=(k,))
             for k in range(NPROD)]
    cons = [threading.Thread(target=consumer, args=(c,))
            for c in range(NCONS)]
    for t in prods + cons:
        t.start()
    go.set()
    for t in prods:
        t.join()
    finish()
    for t in cons:
        t.join()
    return got


def verify(got):
    everything = []
    for c, mine in enumerate(got):
        last = {}
        for k, i in mine:
            check(i > last.get(k, -1), "consumer %d got %r after %r", c,
                  (k, i), (k, last.get(k)))
            last[k] = i
        everything.extend(mine)
    everything.sort()
    want = [(k, i) for k in range(NPROD) for i in range(PER)]
    check(everything == want, "consumed %d items (%d distinct), produced %d",
          len(everything), len(set(everything)), len(want))


# --- Condition with a bounded list buffer ----------------------------------

CAPACITY = 8
buf = []
cond = threading.Condition()
waits = [0]


def cond_put(item):
    with cond:
        while len(buf) >= CAPACITY:
            waits[0] += 1
            cond.wait()
        buf.append(item)
        cond.notify_all()


def cond_get():
    with cond:
        while not buf:
            cond.wait()
        item = buf.pop(0)
        cond.notify_all()
        return item


def cond_finish():
    for c in range(NCONS):
        cond_put(DONE)

verify(run(cond_put, cond_get, cond_finish))
check(buf == [], "buffer left with %r", buf)
report("Condition")

# --- two Conditions sharing one Lock (not full / not empty) ----------------

lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)


def put2(item):
    with not_full:
        while len(buf) >= CAPACITY:
            not_full.wait()
        buf.append(item)
        not_empty.notify()


def get2():
    with not_empty:
        while not buf:
            not_empty.wait()
        item = buf.pop(0)
        not_full.notify()
        return item


def finish2():
    for c in range(NCONS):
        put2(DONE)

verify(run(put2, get2, finish2))
check(buf == [], "buffer left with %r", buf)
report("Condition pair")

# --- Condition.wait with a timeout (polls) ---------------------------------

tcond = threading.Condition(threading.RLock())


def tput(item):
    with tcond:
        buf.append(item)
        tcond.notify()


def tget():
    with tcond:
        while not buf:
            tcond.wait(0.01)
        return buf.pop(0)


def tfinish():
    for c in range(NCONS):
        tput(DONE)

verify(run(tput, tget, tfinish))
check(buf == [], "buffer left with %r", buf)
report("Condition timeout")

# --- Queue.Queue, bounded, with task_done and join -------------------------

q = Queue.Queue(CAPACITY)
handled = [0]
hlock = threading.Lock()


def qget():
    item = q.get()
    with hlock:
        handled[0] += 1
    q.task_done()
    return item


def qfinish():
    q.join()   # every item produced so far was handled
    check(handled[0] == NPROD * PER, "join returned after %d of %d items",
          handled[0], NPROD * PER)
    for c in range(NCONS):
        q.put(DONE)

verify(run(q.put, qget, qfinish))
check(q.empty(), "queue not empty")
report("Queue")

# --- Queue.LifoQueue, unbounded, with get_nowait ---------------------------

lq = Queue.LifoQueue()
lifo = [0]


def lput(item):
    lq.put(item)


def lget():
    while True:
        try:
            return lq.get_nowait()
        except Queue.Empty:
            lifo[0] += 1
            if lifo[0] % 64 == 0:
                threading.Event().wait(0.001)


def lfinish():
    # Last in, first out: let the consumers drain the queue before the
    # end markers go on top.
    while not lq.empty():
        threading.Event().wait(0.001)
    for c in range(NCONS):
        lq.put(DONE)

got = run(lput, lget, lfinish)
everything = sorted(x for mine in got for x in mine)
want = [(k, i) for k in range(NPROD) for i in range(PER)]
check(everything == want, "consumed %d items (%d distinct), produced %d",
      len(everything), len(set(everything)), len(want))
report("LifoQueue")

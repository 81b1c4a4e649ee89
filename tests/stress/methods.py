# Stress: threads call methods of shared class instances that update
# instance attributes under locks (a lock per instance, a class-level
# lock, properties, inheritance with super(), __slots__, old-style
# classes, special methods). Every count must be exact.
#
# usage: methods.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import threading

from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(1500)

TOTAL = NTHREADS * SIZE


class Stats(object):
    """Counts events under its own lock."""
    created = 0
    class_lock = threading.Lock()

    def __init__(self, name):
        self.name = name
        self.lock = threading.RLock()
        self.count = 0
        self.sum = 0
        self.by_thread = {}
        self.history = []
        with Stats.class_lock:
            Stats.created += 1

    def record(self, k, v):
        with self.lock:
            self.count += 1
            self.sum += v
            self.by_thread[k] = self.by_thread.get(k, 0) + 1
            self._remember(k, v)

    def _remember(self, k, v):
        with self.lock:                      # re-entered
            if len(self.history) >= 10:
                self.history.pop(0)
            self.history.append((k, v))

    @property
    def mean(self):
        with self.lock:
            return float(self.sum) / self.count if self.count else 0.0

    def __iadd__(self, v):
        self.record(-1, v)
        return self

    def __len__(self):
        with self.lock:
            return self.count


class Timed(Stats):
    """Also keeps a minimum and a maximum."""

    def __init__(self, name):
        super(Timed, self).__init__(name)
        self.lo = None
        self.hi = None

    def record(self, k, v):
        with self.lock:
            super(Timed, self).record(k, v)
            if self.lo is None or v < self.lo:
                self.lo = v
            if self.hi is None or v > self.hi:
                self.hi = v


class Point(object):
    __slots__ = ('x', 'y', 'lock')

    def __init__(self):
        self.x = 0
        self.y = 0
        self.lock = threading.Lock()

    def move(self, dx, dy):
        with self.lock:
            self.x += dx
            self.y += dy


class Legacy:
    lock = threading.Lock()

    def __init__(self):
        self.items = {}

    def put(self, key):
        self.lock.acquire()
        try:
            self.items[key] = self.items.get(key, 0) + 1
        finally:
            self.lock.release()

plain = Stats("plain")
timed = Timed("timed")
point = Point()
legacy = Legacy()
registry = {}
reg_lock = threading.Lock()
bad = []


def user(k):
    global timed
    for i in xrange(SIZE):
        plain.record(k, i)
        timed.record(k, i % 100)
        point.move(1, -2)
        legacy.put(i % 17)
        if i % 100 == 0:
            # Instances made by many threads; the class count is shared.
            s = Stats("t%d-%d" % (k, i))
            s.record(k, i)
            with reg_lock:
                registry[s.name] = s
        if i % 10 == 0:
            with plain.lock:
                m = plain.mean
                n = len(plain)
            if not 0 <= m < SIZE or n < 1:
                bad.append((m, n))
        with timed.lock:
            timed += 1      # __iadd__ under the instance's lock

run_threads(NTHREADS, user)
check(plain.count == TOTAL, "plain.count %d, want %d", plain.count, TOTAL)
check(plain.sum == NTHREADS * SIZE * (SIZE - 1) // 2, "plain.sum %d",
      plain.sum)
check(plain.by_thread == dict((k, SIZE) for k in range(NTHREADS)),
      "by thread %r", plain.by_thread)
check(len(plain.history) == 10 and
      all(type(h) is tuple and len(h) == 2 for h in plain.history),
      "history %r", plain.history)
check(bad == [], "mean and len seen under the lock: %r", bad[:3])
check(timed.count == 2 * TOTAL, "timed.count %d, want %d", timed.count,
      2 * TOTAL)
check((timed.lo, timed.hi) == (0, 99), "timed lo/hi %r",
      (timed.lo, timed.hi))
check(timed.by_thread.get(-1) == TOTAL, "__iadd__ records %r",
      timed.by_thread.get(-1))
check((point.x, point.y) == (TOTAL, -2 * TOTAL), "point %r",
      (point.x, point.y))
want = dict((j, 0) for j in range(17))
for i in range(SIZE):
    want[i % 17] += NTHREADS
check(legacy.items == want, "legacy items %r", legacy.items)
nmade = NTHREADS * ((SIZE + 99) // 100)
check(len(registry) == nmade, "%d registered, want %d", len(registry), nmade)
check(Stats.created == 2 + nmade, "Stats.created %d, want %d",
      Stats.created, 2 + nmade)
check(all(s.count == 1 for s in registry.values()), "registry counts")
report("methods")

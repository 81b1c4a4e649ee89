# Stress: dict.setdefault (and dict.pop, set.add via a dict) used as
# synchronisation between threads, without locks.
#
# Under the GIL d.setdefault(k, v) is atomic: for each key exactly one
# thread's value is stored, and every thread gets that same value back.
# d.pop(k, None) hands each key to exactly one thread.
#
# usage: setdefault.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)


from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(2000)

# --- setdefault: one winner per key ----------------------------------------

claims = {}
got = [None] * NTHREADS


def walk(k, j):
    """The j-th key thread k visits: a permutation of range(SIZE)."""
    i = (j + k * SIZE // NTHREADS) % SIZE
    if k % 2:
        i = SIZE - 1 - i
    return i


class Token(object):
    def __init__(self, k, i):
        self.k = k
        self.i = i


def claimer(k):
    mine = {}
    # Threads walk the keys from different places, half of them
    # backwards, so that they meet.
    for j in xrange(SIZE):
        i = walk(k, j)
        tok = Token(k, i)
        w = claims.setdefault(i, tok)
        mine[i] = w
    got[k] = mine

run_threads(NTHREADS, claimer)

check(len(claims) == SIZE, "%d keys, want %d", len(claims), SIZE)
wins = 0
for i in xrange(SIZE):
    w = claims.get(i)
    check(isinstance(w, Token) and w.i == i, "key %d holds %r", i, w)
    for k in xrange(NTHREADS):
        check(got[k][i] is w, "thread %d got another value for key %d", k, i)
report("setdefault")

# --- setdefault as a once-only gate for work -------------------------------

done = []
gate = {}


def worker(k):
    for i in xrange(SIZE):
        if gate.setdefault(i, k) == k:
            done.append(i)

run_threads(NTHREADS, worker)
check(len(done) == SIZE, "%d tasks done, want %d", len(done), SIZE)
check(sorted(done) == range(SIZE), "some task done twice or never")
report("setdefault gate")

# --- setdefault building lists: appends to the winner's list ---------------

groups = {}


def grouper(k):
    for i in xrange(SIZE):
        groups.setdefault(i % 37, []).append((k, i))

run_threads(NTHREADS, grouper)
total = 0
for key, items in groups.items():
    total += len(items)
    for k, i in items:
        check(i % 37 == key, "item %r in group %d", (k, i), key)
check(total == NTHREADS * SIZE, "%d items, want %d", total, NTHREADS * SIZE)
allitems = [x for v in groups.values() for x in v]
check(len(set(allitems)) == NTHREADS * SIZE, "duplicate or lost items")
report("setdefault groups")

# --- dict.pop(k, None) hands each key to one thread ------------------------

pool = dict((i, i * 3) for i in xrange(SIZE))
taken = [None] * NTHREADS


def popper(k):
    mine = []
    for j in xrange(SIZE):
        i = walk(k, j)
        v = pool.pop(i, None)
        if v is not None:
            mine.append((i, v))
    taken[k] = mine

run_threads(NTHREADS, popper)
check(len(pool) == 0, "%d keys left", len(pool))
alltaken = sorted(x for m in taken for x in m)
check(alltaken == [(i, i * 3) for i in xrange(SIZE)],
      "keys taken %d times in all, want %d once each", len(alltaken), SIZE)
report("dict.pop")

# --- dict.popitem drains a dict --------------------------------------------

pool = dict((i, -i) for i in xrange(SIZE))


def drainer(k):
    mine = []
    while True:
        try:
            kv = pool.popitem()
        except KeyError:
            break
        mine.append(kv)
    taken[k] = mine

run_threads(NTHREADS, drainer)
alltaken = sorted(x for m in taken for x in m)
check(alltaken == [(i, -i) for i in xrange(SIZE)],
      "popitem handed out %d items, want %d once each", len(alltaken), SIZE)
report("dict.popitem")

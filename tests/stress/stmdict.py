# Stress: pypystm's stmdict, stmset and hashtable shared by threads
# without locks (under CPython they are dict, set and dict).
#
# Each operation is atomic, as a dict's is under the GIL: setdefault
# stores exactly one value per key and every thread gets that value
# back; pop and remove hand each key to exactly one thread; a snapshot
# (items(), keys(), an stmdict's iteration) shows, for each thread inserting keys in order, a
# prefix of its keys; and keys moved from one stmdict to another with
# pop and setitem end up in the second exactly once.
#
# usage: stmdict.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

from _stress import args, check, report, run_threads

try:
    from pypystm import stmdict, stmset, hashtable
except ImportError:
    stmdict, stmset, hashtable = dict, set, dict

NTHREADS, SIZE = args(1500)


def walk(k, j):
    """The j-th key thread k visits: a permutation of range(SIZE);
    threads start at different places, half of them going backwards."""
    i = (j + k * SIZE // NTHREADS) % SIZE
    if k % 2:
        i = SIZE - 1 - i
    return i


class Token(object):
    def __init__(self, k, i):
        self.k = k
        self.i = i

# --- setdefault: one winner per key, on an stmdict and a hashtable ---------

for name, make, key in [('stmdict.setdefault', stmdict, lambda i: 'k%d' % i),
                        ('hashtable.setdefault', hashtable, lambda i: i * 64)]:
    claims = make()
    got = [None] * NTHREADS

    def claimer(k):
        mine = {}
        for j in xrange(SIZE):
            i = walk(k, j)
            mine[i] = claims.setdefault(key(i), Token(k, i))
        got[k] = mine

    run_threads(NTHREADS, claimer)
    check(len(claims) == SIZE, "%d keys, want %d", len(claims), SIZE)
    for i in xrange(SIZE):
        w = claims.get(key(i))
        check(isinstance(w, Token) and w.i == i, "key %d holds %r", i, w)
        for k in xrange(NTHREADS):
            check(got[k][i] is w, "thread %d got another value for key %d", k, i)
    report(name)

# --- pop hands each key to one thread --------------------------------------

pool = stmdict()
for i in xrange(SIZE):
    pool[i] = i * 3
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
report("stmdict.pop")

# --- stmset.remove hands each item to one thread ---------------------------

items = stmset()
for i in xrange(SIZE):
    items.add(('item', i))


def remover(k):
    mine = []
    for j in xrange(SIZE):
        i = walk(k, j)
        try:
            items.remove(('item', i))
        except KeyError:
            continue
        mine.append(i)
    taken[k] = mine

run_threads(NTHREADS, remover)
check(len(items) == 0, "%d items left", len(items))
alltaken = sorted(x for m in taken for x in m)
check(alltaken == range(SIZE),
      "items removed %d times in all, want %d once each", len(alltaken), SIZE)
report("stmset.remove")

# --- snapshots while threads insert: a prefix of each writer's keys --------

shared = stmdict()
snaps = []
NWRITERS = max(1, NTHREADS // 2)


def inserter_or_reader(k):
    if k < NWRITERS:
        for i in xrange(SIZE):
            shared[(k, i)] = i * 7
    else:
        for n in xrange(30):
            if n % 3 == 0:
                snaps.append(shared.items())
            elif n % 3 == 1:
                snaps.append([(key, key[1] * 7) for key in shared.keys()])
            elif stmdict is not dict:
                # An stmdict's iteration runs over a snapshot (a dict's
                # raises RuntimeError when another thread inserts).
                snaps.append([(key, shared[key]) for key in shared])

run_threads(NTHREADS, inserter_or_reader)
check(len(shared) == NWRITERS * SIZE, "%d keys, want %d",
      len(shared), NWRITERS * SIZE)
snaps.append(shared.items())
for snap in snaps:
    count = [0] * NWRITERS
    for (k, i), v in snap:
        check(v == i * 7, "key %r holds %r", (k, i), v)
        count[k] += 1
    for k in xrange(NWRITERS):
        present = set(i for (w, i), v in snap if w == k)
        check(present == set(xrange(count[k])),
              "writer %d: a snapshot of %d keys that is not a prefix", k, count[k])
report("stmdict snapshots")

# --- moving keys between two stmdicts and an stmset ------------------------

src = stmdict()
for i in xrange(SIZE):
    src['m%d' % i] = i
dst = stmdict()
done = stmset()


def mover(k):
    for j in xrange(SIZE):
        key = 'm%d' % walk(k, j)
        v = src.pop(key, None)
        if v is not None:
            dst[key] = v
            done.add(v)
        elif key in src:
            check(False, "%s still in the source after a failed pop", key)

run_threads(NTHREADS, mover)
check(len(src) == 0, "%d keys left in the source", len(src))
check(sorted(dst.items()) == sorted(('m%d' % i, i) for i in xrange(SIZE)),
      "the destination holds %d keys, want %d", len(dst), SIZE)
check(sorted(done) == range(SIZE), "%d values marked done, want %d",
      len(done), SIZE)
report("stmdict moves")

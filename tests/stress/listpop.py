# Stress: list.pop used as a work queue shared by threads, without locks.
#
# Under the GIL list.pop() is atomic: every item is taken exactly once,
# and the items one thread takes from the end come in decreasing order
# (from the front, increasing).
#
# usage: listpop.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import time

from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(4000)


def check_taken(taken, want, decreasing):
    alltaken = []
    for k, mine in enumerate(taken):
        for a, b in zip(mine, mine[1:]):
            if decreasing:
                check(a > b, "thread %d took %r then %r", k, a, b)
            else:
                check(a < b, "thread %d took %r then %r", k, a, b)
        alltaken.extend(mine)
    alltaken.sort()
    check(alltaken == want, "%d items taken, %d distinct, want %d once each",
          len(alltaken), len(set(alltaken)), len(want))


# --- pop() from the end ----------------------------------------------------

work = range(SIZE)
taken = [None] * NTHREADS


def pop_end(k):
    mine = []
    while True:
        try:
            x = work.pop()
        except IndexError:
            break
        mine.append(x)
    taken[k] = mine

run_threads(NTHREADS, pop_end)
check(work == [], "left over: %r", work[:10])
check_taken(taken, range(SIZE), True)
report("pop")

# --- pop(0) from the front -------------------------------------------------

work = range(SIZE // 2)


def pop_front(k):
    mine = []
    while work:
        try:
            x = work.pop(0)
        except IndexError:
            break
        mine.append(x)
    taken[k] = mine

run_threads(NTHREADS, pop_front)
check(work == [], "left over: %r", work[:10])
check_taken(taken, range(SIZE // 2), False)
report("pop(0)")

# --- producers append while consumers pop ----------------------------------

work = []
ndone = [0]
taken = [[] for k in range(NTHREADS)]
PER = SIZE // NTHREADS


def mixed(k):
    mine = taken[k]
    if k % 2 == 0:
        for i in xrange(PER):
            work.append((k, i))
        ndone.append(k)
    else:
        # Consumers stop once every producer is done and the list is
        # empty; a failed pop is retried after yielding.
        nprod = (NTHREADS + 1) // 2
        while True:
            try:
                mine.append(work.pop())
            except IndexError:
                if len(ndone) - 1 == nprod and not work:
                    break
                time.sleep(0)

if NTHREADS == 1:
    mixed(0)
else:
    run_threads(NTHREADS, mixed)
rest = list(work)
allitems = sorted([x for m in taken for x in m] + rest)
nprod = (NTHREADS + 1) // 2
want = sorted((k, i) for k in range(0, NTHREADS, 2) for i in range(PER))
check(allitems == want, "%d items taken or left, want %d",
      len(allitems), len(want))
check(rest == [] or NTHREADS == 1, "%d left in the list", len(rest))
report("append+pop")

# --- pop at random positions, keeping a shared count -----------------------

work = range(SIZE // 2)
taken = [None] * NTHREADS


def pop_middle(k):
    mine = []
    n = 0
    while True:
        try:
            ln = len(work)
            x = work.pop((ln // 2) if ln else 0)
        except IndexError:
            break
        mine.append(x)
        n += 1
    taken[k] = sorted(mine)

run_threads(NTHREADS, pop_middle)
check(work == [], "left over: %r", work[:10])
check_taken(taken, range(SIZE // 2), False)
report("pop(middle)")

# Stress: N threads append to one shared list without a lock.
#
# Under the GIL list.append and list.extend are atomic, so every
# (thread, i) pair must be present exactly once, each thread's items
# must appear in the order the thread appended them, and the two items
# of one extend() must be adjacent.
#
# usage: append.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)


from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(2000)

# --- append ----------------------------------------------------------------

shared = []


def appender(k):
    app = shared.append
    for i in xrange(SIZE):
        if i % 3 == 0:
            shared.append((k, i))
        else:
            app((k, i))

run_threads(NTHREADS, appender)

check(len(shared) == NTHREADS * SIZE,
      "len is %d, want %d", len(shared), NTHREADS * SIZE)
seen = {}
last = [-1] * NTHREADS
for pos, item in enumerate(shared):
    ok = (type(item) is tuple and len(item) == 2 and
          0 <= item[0] < NTHREADS and 0 <= item[1] < SIZE)
    check(ok, "bad item %r at %d", item, pos)
    if not ok:
        continue
    check(item not in seen, "%r at %d and %d", item, seen.get(item), pos)
    seen[item] = pos
    k, i = item
    check(i > last[k], "thread %d: %d after %d", k, i, last[k])
    last[k] = i
check(len(seen) == NTHREADS * SIZE,
      "%d distinct items, want %d", len(seen), NTHREADS * SIZE)
report("append")

# --- extend: pairs stay adjacent -------------------------------------------

shared = []


def extender(k):
    for i in xrange(SIZE // 2):
        shared.extend([(k, i, 0), (k, i, 1)])

run_threads(NTHREADS, extender)
want = NTHREADS * (SIZE // 2) * 2
check(len(shared) == want, "len is %d, want %d", len(shared), want)
last = [-1] * NTHREADS
items = iter(shared)
for pos, a in enumerate(items):
    b = next(items, None)
    check(b is not None and a[2] == 0 and b[2] == 1 and a[:2] == b[:2],
          "extend split: %r, %r at pair %d", a, b, pos)
    k, i = a[0], a[1]
    check(i == last[k] + 1, "thread %d: pair %d after %d", k, i, last[k])
    last[k] = i
check(last == [SIZE // 2 - 1] * NTHREADS, "last pairs %r", last)
report("extend")

# --- += on a shared list (a global rebound to itself) ----------------------

shared = []


def iadder(k):
    global shared
    for i in xrange(SIZE // 2):
        shared += [(k, i)]

run_threads(NTHREADS, iadder)
# `shared += x` is load, in-place add (atomic list.extend), store; the
# store rebinds the same list, so nothing may be lost.
want = NTHREADS * (SIZE // 2)
check(len(shared) == want, "len is %d, want %d", len(shared), want)
check(len(set(shared)) == want, "%d distinct", len(set(shared)))
report("iadd")

# --- insert at the front and append at the back ----------------------------

shared = []


def inserter(k):
    for i in xrange(SIZE // 4):
        if k % 2:
            shared.insert(0, (k, i))
        else:
            shared.append((k, i))

run_threads(NTHREADS, inserter)
want = NTHREADS * (SIZE // 4)
check(len(shared) == want, "len is %d, want %d", len(shared), want)
check(len(set(shared)) == want, "%d distinct", len(set(shared)))
# Front-inserted items of one thread appear in reverse order, appended
# ones in order.
last = {}
for item in shared:
    k, i = item
    if k % 2:
        check(last.get(k, SIZE) > i, "insert order of thread %d", k)
    else:
        check(last.get(k, -1) < i, "append order of thread %d", k)
    last[k] = i
report("insert")

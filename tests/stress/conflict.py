# Stress: a workload where every transaction conflicts with every other.
# All threads read and write the same few objects in tight loops with no
# lock. Whatever the interleaving, the run must finish (no livelock) and
# the objects stay consistent; only facts every serial order shares are
# printed.
#
# usage: conflict.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)


from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(3000)


class Obj(object):
    pass

# --- read-modify-write of the same few objects -----------------------------

g = 0
shared = [0, 0, 0, 0]
obj = Obj()
obj.n = 0
d = {'n': 0}


def hammer(k):
    global g
    for i in xrange(SIZE):
        g = g + 1
        shared[i % 4] = shared[(i + 1) % 4] + 1
        obj.n += 1
        d['n'] = d['n'] + obj.n % 2
        if g < 0:
            print "impossible"

run_threads(NTHREADS, hammer)
check(SIZE <= g <= NTHREADS * SIZE, "g %d", g)
check(SIZE <= obj.n <= NTHREADS * SIZE, "obj.n %d", obj.n)
check(all(type(v) is int and v > 0 for v in shared), "shared %r", shared)
check(0 <= d['n'] <= NTHREADS * SIZE, "d['n'] %d", d['n'])
report("hot objects")

# --- long transactions: every thread rewrites the whole list ---------------

LEN = 64
big = [0] * LEN
sweeps = [0] * NTHREADS


def sweeper(k):
    for r in xrange(SIZE // 30):
        # One pass touches every item; a transaction that holds a pass
        # conflicts with every other thread's.
        for j in range(LEN):
            big[j] += 1
        sweeps[k] += 1

run_threads(NTHREADS, sweeper)
want = NTHREADS * (SIZE // 30)
check(sum(sweeps) == want, "sweeps %d, want %d", sum(sweeps), want)
check(len(big) == LEN, "len %d", len(big))
check(all(SIZE // 30 <= v <= want for v in big), "items out of range: %r",
      [v for v in big if not SIZE // 30 <= v <= want][:5])
report("whole-list sweeps")

# --- a shared list that everyone grows and shrinks at the same end ---------

stack = []
pushed = [0] * NTHREADS


def pusher(k):
    n = 0
    for i in xrange(SIZE):
        stack.append(i)
        n += 1
        if len(stack) > 20:
            del stack[-10:]
            n -= 10
    pushed[k] = n

run_threads(NTHREADS, pusher)
# Each thread removes ten after seeing more than twenty, and another may
# have removed them meanwhile, so the final length is any value; but the
# list is whole and holds only ints in range.
check(all(type(v) is int and 0 <= v < SIZE for v in stack), "bad items")
check(len(stack) == len(list(stack)), "len disagrees with iteration")
report("shared stack")

# --- method calls and attribute churn on one instance ----------------------


class Counter(object):
    def __init__(self):
        self.total = 0
        self.calls = 0
        self.last = None

    def add(self, v):
        self.total += v
        self.calls += 1
        self.last = v
        return self.total

c = Counter()


def caller(k):
    for i in xrange(SIZE):
        c.add(1)
        if i % 50 == 0:
            c.extra = i

run_threads(NTHREADS, caller)
check(SIZE <= c.total <= NTHREADS * SIZE, "total %d", c.total)
check(SIZE <= c.calls <= NTHREADS * SIZE, "calls %d", c.calls)
check(c.last == 1, "last %r", c.last)
check(c.extra == ((SIZE - 1) // 50) * 50, "extra %r", c.extra)
report("hot instance")

# Stress: unsynchronised updates. `x += 1` without a lock may lose
# updates (another thread may run between the load and the store), but
# the final count lies between one thread's count and the total, and no
# object is ever corrupted: shared lists, dicts and sets mutated by many
# threads at once stay valid, and operations that are atomic under the
# GIL (append, pop, item assignment, del) keep an exact account.
#
# usage: unsync.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)


from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(2000)


def in_range(name, v):
    check(type(v) in (int, long) and SIZE <= v <= NTHREADS * SIZE,
          "%s is %r, want between %d and %d", name, v, SIZE, NTHREADS * SIZE)


class Obj(object):
    def __init__(self):
        self.a = 0
        self.b = 0


class Old:
    pass

# --- += on a global, attributes, a list item, a dict value -----------------

x = 0
obj = Obj()
old = Old()
old.n = 0
cells = [0, 0, 0]
counts = {'a': 0}
slots = [None]


def incr(k):
    global x
    for i in xrange(SIZE):
        x += 1
        obj.a += 1
        obj.b = obj.b + 1
        old.n += 1
        cells[1] += 1
        counts['a'] += 1
        # A fresh object rebound unsynchronised: always a whole one.
        slots[0] = (k, i, str(i))

run_threads(NTHREADS, incr)
in_range("global", x)
in_range("attribute", obj.a)
in_range("attribute b", obj.b)
in_range("classic attribute", old.n)
in_range("list item", cells[1])
in_range("dict value", counts['a'])
check(cells[0] == 0 and cells[2] == 0, "neighbours changed: %r", cells)
check(len(counts) == 1, "dict has keys %r", counts.keys())
check(sorted(vars(obj)) == ['a', 'b'], "attributes %r", sorted(vars(obj)))
k, i, s = slots[0]
check(s == str(i) and 0 <= k < NTHREADS, "slot holds %r", slots[0])
report("x += 1")

# --- a shared list mutated by everyone at once -----------------------------

shared = []
appended = [0] * NTHREADS
popped = [0] * NTHREADS


def churn_list(k):
    na = np = 0
    for i in xrange(SIZE):
        shared.append((k, i))
        na += 1
        if i % 3 == 0:
            shared.insert(0, (k, -i - 1))
            na += 1
        if i % 2 == 0:
            try:
                item = shared.pop()
                np += 1
                if type(item) is not tuple:
                    shared.append("bad pop %r" % (item,))
            except IndexError:
                pass
        if i % 7 == 0:
            try:
                del shared[len(shared) // 2]
                np += 1
            except IndexError:
                pass
        if i % 50 == 0:
            # Read the whole list while others change it.
            n = 0
            for item in shared:
                n += 1
            ln = len(shared)
    appended[k] = na
    popped[k] = np

run_threads(NTHREADS, churn_list)
check(len(shared) == sum(appended) - sum(popped),
      "len %d, appended %d, removed %d", len(shared), sum(appended),
      sum(popped))
check(len(set(shared)) == len(shared), "duplicate items in the list")
for item in shared:
    check(type(item) is tuple and len(item) == 2 and
          0 <= item[0] < NTHREADS, "bad item %r", item)
check(len(list(shared)) == len(shared), "iteration disagrees with len")
report("list churn")

# --- a shared dict and set mutated by everyone at once ---------------------

table = {}
members = set()


def churn_dict(k):
    for i in xrange(SIZE):
        table[(k, i)] = i
        members.add((k, i))
        if i >= 5:
            del table[(k, i - 5)]
            members.discard((k, i - 5))
        # Keys shared by all threads: set and delete unsynchronised.
        table[i % 13] = (k, i)
        if i % 5 == 0:
            table.pop((i + 6) % 13, None)
        if i % 17 == 0:
            # Iterate while others change it: only ever a RuntimeError.
            try:
                n = 0
                for key in table:
                    n += 1
            except RuntimeError:
                pass

run_threads(NTHREADS, churn_dict)
want = set((k, i) for k in range(NTHREADS) for i in range(SIZE - 5, SIZE))
own = set(key for key in table if type(key) is tuple)
check(own == want, "own keys: %d extra, %d missing", len(own - want),
      len(want - own))
check(members == want, "set: %d extra, %d missing", len(members - want),
      len(want - members))
for key, v in table.items():
    if type(key) is tuple:
        check(v == key[1], "table[%r] = %r", key, v)
    else:
        check(0 <= key < 13 and type(v) is tuple and v[1] % 13 == key,
              "table[%r] = %r", key, v)
check(len(table) == len(table.keys()) == len(list(table.iteritems())),
      "len %d, keys %d", len(table), len(table.keys()))
for key in table.keys():
    check(key in table, "key %r listed but not found", key)
report("dict churn")

# --- appends to a list attribute rebound by another thread -----------------

holder = Obj()
holder.items = []
saved = []


def rebinder(k):
    for i in xrange(SIZE):
        if k == 0 and i % 100 == 0:
            saved.append(holder.items)
            holder.items = []
        else:
            holder.items.append((k, i))

run_threads(NTHREADS, rebinder)
saved.append(holder.items)
allitems = [x for l in saved for x in l]
want = NTHREADS * SIZE - (SIZE + 99) // 100
check(len(allitems) == want, "%d items, want %d", len(allitems), want)
check(len(set(allitems)) == len(allitems), "duplicates")
report("rebind")

# transaction.threadlocalproperty: a per-thread attribute kept outside
# the instance.
import threading
import transaction
from transaction import threadlocalproperty


class Counter(object):
    value = threadlocalproperty()
    hits = threadlocalproperty(list)
    total = threadlocalproperty(lambda: 100)


c = Counter()
print "class access:", type(Counter.value).__name__
try:
    c.value
except AttributeError as e:
    print "AttributeError:", e
print "default factory:", c.hits, c.total
c.hits.append(1)
c.value = 'main'
print "set:", c.value, c.hits
print "instance dict untouched:", c.__dict__
try:
    del Counter().value
except AttributeError as e:
    print "del unset -> AttributeError:", e

# Each thread sees its own values.
seen = []
ready = threading.Event()
go = threading.Event()


def other():
    seen.append(('other before', hasattr(c, 'value'), c.hits, c.total))
    c.value = 'other'
    c.hits.append(2)
    ready.set()
    go.wait()
    seen.append(('other after clear', hasattr(c, 'value'), c.hits))


t = threading.Thread(target=other)
t.start()
ready.wait()
print "main:", c.value, c.hits
print seen[0]

# Two instances are separate.
d = Counter()
d.value = 'd'
print "instances:", c.value, d.value

# del removes this thread's value only; clear(obj) removes obj's values
# in every thread.
del c.value
print "after del:", hasattr(c, 'value'), d.value
c.value = 'again'
Counter.value.clear(c)
Counter.hits.clear(c)
go.set()
t.join()
print seen[1]
print "after clear:", hasattr(c, 'value'), c.hits, d.value
Counter.value.clear(Counter())     # nothing to clear: fine
print "instance dicts:", c.__dict__, d.__dict__

# Works with __slots__ classes (no instance dict at all).


class Slotted(object):
    __slots__ = ()
    x = threadlocalproperty(int)


s = Slotted()
s.x += 5
print "slots:", s.x

# From transactions of a TransactionQueue: each worker thread counts its
# own calls; together they are all the calls.


class Stats(object):
    calls = threadlocalproperty(int)


stats = Stats()
all_counts = transaction.stmdict()
tq = transaction.TransactionQueue()


def call(i):
    stats.calls += 1
    all_counts[threading.current_thread().ident] = stats.calls


for i in range(60):
    tq.add(call, i)
tq.run(3)
print "calls:", sum(all_counts.values()), "main thread's:", stats.calls

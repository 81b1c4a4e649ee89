# transaction.queue and Empty: an unordered queue.
import thread
import threading
import transaction
from transaction import queue, Empty

print "Empty is an Exception:", issubclass(Empty, Exception)
q = queue()
for i in range(5):
    q.put(i)
print "gets:", sorted(q.get() for i in range(5))
for args, kw in [((), {'block': False}), ((False,), {}),
                 ((), {'timeout': 0.01}), ((True, 0.02), {}),
                 ((), {'timeout': 0})]:
    try:
        q.get(*args, **kw)
    except Empty as e:
        print "get", args, sorted(kw.items()), "-> Empty"
q.put('x')
print "non-blocking:", q.get(block=False)
q.put('y')
print "with a timeout:", q.get(timeout=5)
try:
    q.get(timeout=-1)
except ValueError as e:
    print "ValueError:", e
with transaction.atomic:
    try:
        q.get()
    except thread.error as e:
        print "in atomic:", e
    try:
        q.get(timeout=1)
    except thread.error as e:
        print "in atomic:", e
    try:
        q.get(block=False)
    except Empty:
        print "in atomic, block=False: Empty"
    q.put('z')
    print "in atomic, own put:", q.get(block=False)

# task_done() and join().
q = queue()
q.join()
print "join with nothing put: returns"
for i in range(3):
    q.put(i)
for i in range(3):
    q.get()
    q.task_done()
q.join()
print "join after task_done: returns"
q.task_done()
try:
    q.join()
except ValueError as e:
    print "ValueError:", e

# A blocking get waits for a put from another thread.
q = queue()


def producer():
    for i in range(10):
        q.put(i * i)


t = threading.Thread(target=producer)
t.start()
print "consumed:", sorted(q.get() for i in range(10))
t.join()

# The types of block and timeout.
q = queue()
for kw in [{'timeout': 'x'}, {'block': 'yes'}, {'block': None},
           {'block': 1.0}]:
    try:
        q.get(**kw)
    except TypeError as e:
        print "get", sorted(kw.items()), "-> TypeError:", e
q.put(1)
print "block=1L:", q.get(block=1L, timeout=1L)

# transaction.queue: join() waits until every item put, including the
# caller's own puts just made, is marked done by the consumers.
import thread
import threading
import transaction
from transaction import queue

# Consumers and join(): every item is done when join() returns.
q = queue()
results = []
lock = thread.allocate_lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=consumer) for i in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print "done at join:", len(results), sum(results)
for w in workers:
    q.put(None)
for w in workers:
    w.join()
q.join()
print "stopped"

# transaction.queue: an item put and got back within one transaction
# still counts for task_done() and join(): two puts, two task_done()
# calls, and join() returns.
import threading
import transaction
from transaction import queue, atomic

# Another thread alive, so that pystm runs in parallel mode, where puts
# are private to their transaction until it commits.
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()

q = queue()
q.put('a')
transaction.hint_commit_soon()
got = []
with atomic:
    q.put('b')
    got.append(q.get(block=False))
    q.task_done()
got.append(q.get(block=False))
q.task_done()
try:
    q.join()
    print "join returned:", sorted(got)
except ValueError as e:
    print "ValueError:", e
stop.set()
other.join()

# transaction.queue: a two-stage pipeline of threads.
#
# Stage one parses records and puts them on a queue; stage-two workers
# get them, total them and mark them done; join() waits until every
# record is done. Under pystm a put never conflicts (it is private to
# its transaction until commit) and a blocking get waits outside any
# transaction. The queue is unordered, so the totals are checked with
# sums, never in arrival order.
#
#   pystm examples/queue_pipeline.py
#   PYTHONPATH=fallback python2 examples/queue_pipeline.py
import threading
import transaction
from transaction import queue, Empty

RAW = ["%s,%d,%d" % (name, qty, price)
       for name, qty, price in [("bolt", 120, 3), ("nut", 300, 1),
                                ("gear", 7, 45), ("spring", 40, 6),
                                ("washer", 500, 1), ("axle", 3, 120)]] * 25

parsed = queue()
totals = transaction.stmdict()
STOP = None


def parse(lines):
    for line in lines:
        name, qty, price = line.split(',')
        parsed.put((name, int(qty) * int(price)))


def total():
    while True:
        item = parsed.get()
        if item is STOP:
            parsed.task_done()
            return
        name, value = item
        with transaction.atomic:
            totals[name] = totals.get(name, 0) + value
        parsed.task_done()


half = len(RAW) // 2
producers = [threading.Thread(target=parse, args=(RAW[:half],)),
             threading.Thread(target=parse, args=(RAW[half:],))]
consumers = [threading.Thread(target=total) for i in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
parsed.join()                 # every record put so far is done
for t in consumers:
    parsed.put(STOP)
for t in consumers:
    t.join()
for name in sorted(totals.keys()):
    print "%-7s %6d" % (name, totals[name])
print "grand total:", sum(totals.values())
try:
    parsed.get(block=False)
except Empty:
    print "queue drained"

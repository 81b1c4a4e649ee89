# TransactionQueue: the transactions run on worker threads (never the
# caller's), and the workers are kept from one run to the next.
import thread
import transaction

tq = transaction.TransactionQueue()
tl = transaction.local()
main = thread.get_ident()
numbers = [0]
seen = []


def job(i):
    if getattr(tl, 'number', None) is None:
        numbers[0] += 1
        tl.number = numbers[0]
    seen.append((tl.number, thread.get_ident() == main))


for r in range(5):
    for i in range(20):
        tq.add(job, i)
    tq.run(2)
print "ran:", len(seen)
print "in the main thread:", any(m for n, m in seen)
print "at most 2 workers over 5 runs:", len(set(n for n, m in seen)) <= 2

# Fewer workers for a run, then more: threads are only added when a run
# asks for more than there are.
for i in range(10):
    tq.add(job, i)
tq.run(1)
print "after run(1):", len(set(n for n, m in seen)) <= 2
for r in range(3):
    for i in range(30):
        tq.add(job, i)
    tq.run(3)
print "after run(3):", len(set(n for n, m in seen)) <= 3
limit = transaction.getsegmentlimit()
for i in range(30):
    tq.add(job, i)
tq.run()
print "after run():", len(set(n for n, m in seen)) <= max(3, limit)
print "total:", len(seen)

# TransactionQueue: transactions added from inside a running transaction
# join the same run; run() returns only once they are all done.
import transaction

tq = transaction.TransactionQueue()
other = transaction.TransactionQueue()
done = []


def spawn(n):
    done.append(n)
    if n > 0:
        for i in range(3):
            tq.add(spawn, n - 1)


tq.add(spawn, 4)
tq.run(3)
print "spawned:", len(done), "(1+3+9+27+81 = 121)"
print "by level:", [done.count(n) for n in range(5)]

# Adding to another queue from inside a transaction queues it there; it
# runs when that queue runs.
log = []


def outer(i):
    log.append(('outer', i))
    other.add(inner, i)


def inner(i):
    log.append(('inner', i))


for i in range(4):
    tq.add(outer, i)
tq.run(2)
print "after tq.run():", sorted(log)
other.run(2)
print "after other.run():", sorted(log)

# A generator added from inside a transaction joins the run too.
steps = []


def gen(name):
    for i in range(3):
        steps.append((name, i))
        yield


def starter():
    tq.add_generator(gen('g1'))
    tq.add_generator(gen('g2'))
    tq.add(steps.append, ('plain', 0))


tq.add(starter)
tq.run(2)
print "steps:", sorted(steps)

# Keyword arguments of transactions added from inside.
got = []


def parent():
    tq.add(child, 1, b=2)


def child(a, b=None):
    got.append((a, b))


tq.add(parent)
tq.run()
print "child:", got

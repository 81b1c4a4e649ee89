# TransactionQueue.add_generator: each step of a generator, up to its
# next yield, is one transaction. Steps of one generator keep their
# order; steps of different generators interleave but never overlap.
import transaction

tq = transaction.TransactionQueue()
log = []
per = {}


def worker(name, n):
    for i in range(n):
        log.append(('begin', name, i))
        per.setdefault(name, []).append(i)
        total = 0
        for k in range(30):
            total += k
        log.append(('end', name, i))
        yield total


for name in 'abcde':
    tq.add_generator(worker(name, 8))
tq.run(4)
for name in sorted(per):
    print name, per[name]
whole = True
for j in range(0, len(log), 2):
    b, e = log[j], log[j + 1]
    if b[0] != 'begin' or e[0] != 'end' or b[1:] != e[1:]:
        whole = False
print "steps never overlap:", whole, len(log)

# A generator with no step, and an iterator that is not a generator.
tq.add_generator(iter([]))
seen = []


def empty():
    return
    yield


tq.add_generator(empty())
tq.add_generator(iter([1, 2, 3]))
tq.run()
print "empty ones: fine"

# An exception in a step is raised by run(); the later steps are
# dropped.
steps = []


def failing():
    steps.append(1)
    yield
    steps.append(2)
    raise ValueError("step 2")
    yield
    steps.append(3)


tq.add_generator(failing())
try:
    tq.run(2)
except ValueError as e:
    print "ValueError:", e, steps

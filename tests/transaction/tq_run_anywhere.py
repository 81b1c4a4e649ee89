# TransactionQueue.run() runs everything queued wherever it is called
# from: a method called with *args, a key function called by sorted(),
# a generator.
import transaction

tq = transaction.TransactionQueue()
res = []


def fill(n):
    for i in range(n):
        tq.add(res.append, i)


fill(10)
tq.run(2)
print "plain call:", len(res)


class Runner(object):
    def go(self, n, workers):
        fill(n)
        tq.run(workers)
        return len(res)


args = (10, 2)
print "method with *args:", Runner().go(*args)
kwds = {'n': 5, 'workers': 3}
print "method with **kwds:", Runner().go(**kwds)


def key(x):
    fill(x)
    tq.run(2)
    return -x


print "in sorted():", sorted([1, 2, 3], key=key), len(res)


def gen():
    for n in (4, 6):
        fill(n)
        tq.run(2)
        yield len(res)


print "in a generator:", list(gen())
print "values:", sorted(res) == sorted(range(10) * 2 + range(5) + range(1) +
                                        range(2) + range(3) + range(4) +
                                        range(6))

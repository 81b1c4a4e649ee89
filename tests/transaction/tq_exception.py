# TransactionQueue: the first exception a transaction raises is raised
# again by run(), with its traceback; the transactions still queued are
# dropped, not run.
import sys
import traceback
import transaction

tq = transaction.TransactionQueue()
ran = []


def fail(name):
    ran.append(name)
    raise ValueError("failed in %s" % name)


# Eight failing transactions: the first (in the serial order) wins and
# none runs after it.
for n in 'abcdefgh':
    tq.add(fail, n)
try:
    tq.run(4)
except ValueError as e:
    print "ValueError:", len(ran), str(e) == "failed in %s" % ran[0]
print "queue empty afterwards:", tq.run(), len(ran)

# A chain: transaction 3 adds 4 and raises; 4 never runs.
ran = []


def chain(i):
    ran.append(i)
    tq.add(chain, i + 1)
    if i == 3:
        raise KeyError(i)


tq.add(chain, 0)
try:
    tq.run(2)
except KeyError as e:
    print "KeyError:", repr(e), ran

# Among many independent transactions one fails: it is the last one to
# have run.
ran = []


def ok(i):
    ran.append(i)


def bad():
    ran.append('bad')
    raise IndexError('bad')


for i in range(30):
    tq.add(ok, i)
tq.add(bad)
for i in range(30, 60):
    tq.add(ok, i)
try:
    tq.run(3)
except IndexError as e:
    print "IndexError:", e, ran[-1], ran.count('bad')

# The traceback runs from run() down to where the exception was raised.


def level2(x):
    return 1 / x


def level1(x):
    return level2(x) + 1


tq.add(level1, 0)
try:
    tq.run()
except ZeroDivisionError as e:
    print "ZeroDivisionError:", e
    for filename, line, func, text in traceback.extract_tb(sys.exc_info()[2]):
        if filename.endswith('tq_exception.py'):
            print "  line %d, in %s: %s" % (line, func, text)

# Exceptions that are not Exceptions are passed on too.


def leave():
    raise SystemExit(3)


tq.add(leave)
try:
    tq.run(2)
except SystemExit as e:
    print "SystemExit:", e.code

# The queue works again after a failed run.
ran = []
for i in range(5):
    tq.add(ok, i)
tq.run(2)
print "after:", sorted(ran)

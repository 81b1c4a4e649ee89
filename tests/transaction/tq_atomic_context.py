# TransactionQueue.run() in an atomic context raises TransactionError;
# the queued transactions stay queued.
import transaction

tq = transaction.TransactionQueue()
ran = []
tq.add(ran.append, 1)
with transaction.atomic:
    try:
        tq.run()
    except transaction.TransactionError as e:
        print "TransactionError:", e
        print "type:", type(e).__name__, isinstance(e, Exception)
print "nothing ran:", ran
tq.run()
print "then it ran:", ran

# From inside a transaction (which is atomic) it fails the same way, and
# the outer run() raises that error.
inner = transaction.TransactionQueue()


def nested():
    inner.add(ran.append, 2)
    inner.run()


tq.add(nested)
try:
    tq.run(2)
except transaction.TransactionError as e:
    print "from a transaction:", e
inner.run()
print "inner ran afterwards:", ran

# Nested atomic blocks too.
with transaction.atomic:
    with transaction.atomic:
        try:
            tq.run()
        except transaction.TransactionError as e:
            print "nested atomic:", e
print "is_atomic after:", transaction.is_atomic()

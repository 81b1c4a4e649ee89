# transaction.atomic: threads move money between accounts; each transfer
# is an atomic block, so no thread ever sees money in flight and no
# update is lost.
#
# Under pystm an atomic block is one transaction that does not break;
# blocks that touch different accounts run in parallel. Under CPython
# (PYTHONPATH=fallback) atomic is a reentrant lock.
#
#   pystm examples/atomic_bank.py
#   PYTHONPATH=fallback python2 examples/atomic_bank.py
import threading
import transaction
from transaction import atomic

ACCOUNTS = 20
START = 1000
balances = [START] * ACCOUNTS
audits = []


def audit():
    """Checks the total inside an atomic block: it never changes."""
    with atomic:
        audits.append(sum(balances) == ACCOUNTS * START)


def transfer(a, b, amount):
    with atomic:
        if balances[a] < amount:
            return False
        balances[a] -= amount
        # Nested atomic blocks are allowed: the outer one decides.
        with atomic:
            balances[b] += amount
        return True


def clerk(seed, n, done):
    x = seed
    ok = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a = x % ACCOUNTS
        b = (x // ACCOUNTS) % ACCOUNTS
        if a != b and transfer(a, b, x % 50):
            ok += 1
        if i % 100 == 0:
            audit()
    done.append(ok)


done = []
clerks = [threading.Thread(target=clerk, args=(s, 1000, done))
          for s in range(4)]
for c in clerks:
    c.start()
for c in clerks:
    c.join()
print "transfers attempted: %d, clerks done: %d" % (4 * 1000, len(done))
print "total: %d (started with %d)" % (sum(balances), ACCOUNTS * START)
print "audits: %d, all balanced: %s" % (len(audits), all(audits))
print "no account below zero:", min(balances) >= 0
print "outside any atomic block, is_atomic() is", transaction.is_atomic()

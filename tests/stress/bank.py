# Stress: bank transfers between accounts, each account guarded by its
# own lock (taken in a fixed order, so no deadlock). A transfer checks
# the balance under the locks, so no account goes negative, and the
# total never changes. An auditor thread repeatedly takes every lock and
# sums all accounts: it must always see the right total.
#
# usage: bank.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import random
import threading
import time

from _stress import args, check, report

NTHREADS, SIZE = args(1000)

NACCOUNTS = 10
START = 100


class Account(object):
    def __init__(self, n):
        self.n = n
        self.balance = START
        self.lock = threading.Lock()
        self.history = 0


def run_bank(accounts, transfer, name):
    total = sum(a.balance for a in accounts)
    stop = []
    audits = [0, 0]       # audits done, audits with a wrong total
    refused = [0] * NTHREADS
    moved = [0] * NTHREADS
    go = threading.Event()

    def teller(k):
        rnd = random.Random(k)
        go.wait()
        for i in xrange(SIZE):
            a = rnd.randrange(NACCOUNTS)
            b = rnd.randrange(NACCOUNTS - 1)
            if b >= a:
                b += 1
            amount = rnd.randrange(1, 60)
            if transfer(accounts[a], accounts[b], amount):
                moved[k] += 1
            else:
                refused[k] += 1

    def auditor():
        go.wait()
        while True:
            last = bool(stop)
            for acc in accounts:
                acc.lock.acquire()
            try:
                s = 0
                for acc in accounts:
                    s += acc.balance
                    if acc.balance < 0:
                        audits[1] += 1
                audits[0] += 1
                if s != total:
                    audits[1] += 1
            finally:
                for acc in reversed(accounts):
                    acc.lock.release()
            if last:
                break
            # Let the tellers in (lockhog.py is the case without this).
            time.sleep(0)

    tellers = [threading.Thread(target=teller, args=(k,))
               for k in range(NTHREADS)]
    audit = threading.Thread(target=auditor)
    for t in tellers:
        t.start()
    audit.start()
    go.set()
    for t in tellers:
        t.join()
    stop.append(1)
    audit.join()

    check(sum(a.balance for a in accounts) == total, "total %d, want %d",
          sum(a.balance for a in accounts), total)
    check(min(a.balance for a in accounts) >= 0, "negative balance: %r",
          [a.balance for a in accounts])
    check(sum(moved) + sum(refused) == NTHREADS * SIZE,
          "%d transfers, want %d", sum(moved) + sum(refused), NTHREADS * SIZE)
    check(sum(a.history for a in accounts) == 2 * sum(moved),
          "history counts %d, want %d", sum(a.history for a in accounts),
          2 * sum(moved))
    check(audits[0] >= 1, "no audit done")
    check(audits[1] == 0, "%d of %d audits saw a wrong total or a negative "
          "balance", audits[1], audits[0])
    report(name)


# --- transfers through methods of the accounts ----------------------------

def transfer(src, dst, amount):
    first, second = (src, dst) if src.n < dst.n else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance < amount:
                return False
            src.balance -= amount
            dst.balance += amount
            src.history += 1
            dst.history += 1
            return True

run_bank([Account(n) for n in range(NACCOUNTS)], transfer, "bank")


# --- the same with the money in a shared list and dict ---------------------

balances = [START] * NACCOUNTS
ledger = {}


class Slot(object):
    """An account whose balance lives in the shared list balances."""

    def __init__(self, n):
        self.n = n
        self.lock = threading.RLock()
        self.history = 0

    @property
    def balance(self):
        return balances[self.n]


def transfer_list(src, dst, amount):
    first, second = (src, dst) if src.n < dst.n else (dst, src)
    first.lock.acquire()
    second.lock.acquire()
    # RLocks: take them again, as nested helpers would.
    src.lock.acquire()
    try:
        if balances[src.n] < amount:
            return False
        balances[src.n] -= amount
        # Work with a loop between the two halves of the transfer.
        for i in range(3):
            pass
        balances[dst.n] = balances[dst.n] + amount
        src.history += 1
        dst.history += 1
        key = (src.n, dst.n)
        ledger[key] = ledger.get(key, 0) + amount
        return True
    finally:
        src.lock.release()
        second.lock.release()
        first.lock.release()

run_bank([Slot(n) for n in range(NACCOUNTS)], transfer_list, "bank (list)")
# The ledger, kept under the same locks, explains every balance.
net = [START] * NACCOUNTS
for (a, b), amount in ledger.items():
    net[a] -= amount
    net[b] += amount
check(net == balances, "ledger says %r, balances are %r", net, balances)
report("ledger")

# TransactionQueue: independent transactions appear in some serial
# order. Each one reads and writes shared data in several steps; none
# sees another half done and no update is lost.
import transaction

tq = transaction.TransactionQueue()
N = 200
accounts = [1000] * 10
broken = []          # transactions that saw the total changed
counts = {}
order = []


def transfer(i):
    if sum(accounts) != 10000:
        broken.append(i)
    a = i % 10
    b = (i * 7 + 3) % 10
    amount = i % 13
    x = accounts[a]
    for k in range(20):          # some work between the read and the write
        x = x + k - k
    accounts[a] = x - amount
    accounts[b] = accounts[b] + amount
    key = 'k%d' % (i % 7)
    counts[key] = counts.get(key, 0) + 1
    order.append(i)


for i in range(N):
    tq.add(transfer, i)
tq.run(4)
print "accounts:", accounts
print "total:", sum(accounts)
print "broken:", broken
print "counts:", sorted(counts.items())
print "each ran once:", sorted(order) == range(N)

# Results gathered in a list come out in some order; sorted they are
# always the same.
squares = []


def square(n):
    squares.append(n * n)


for i in range(50):
    tq.add(square, i)
tq.run(2)
print "squares:", sorted(squares)[:10], len(squares), sum(squares)

# Keyword arguments reach the function.
got = []


def kw(a, b=0, **rest):
    got.append((a, b, sorted(rest.items())))


tq.add(kw, 1)
tq.add(kw, 2, b=3)
tq.add(kw, 4, b=5, c=6)
tq.run()
print "kwds:", sorted(got)
print "run with nothing queued:", tq.run(), tq.run(3)

# TransactionQueue: a transaction added by another runs after it (so
# chains of transactions stay in order), while separate chains and the
# branches of a tree run side by side in some serial order.
import transaction

tq = transaction.TransactionQueue()
CHAINS = 6
LENGTH = 30
logs = [[] for c in range(CHAINS)]
clock = [0]          # the serial position of the last transaction
seen = {}            # (chain, step) -> serial position


def step(chain, i):
    clock[0] += 1
    seen[chain, i] = clock[0]
    logs[chain].append(i)
    if i + 1 < LENGTH:
        tq.add(step, chain, i + 1)


for c in range(CHAINS):
    tq.add(step, c, 0)
tq.run(4)
for c in range(CHAINS):
    print "chain", c, logs[c] == range(LENGTH), len(logs[c])
print "each step after the one that added it:", all(
    seen[c, i] < seen[c, i + 1] for c in range(CHAINS) for i in range(LENGTH - 1))
print "serial positions:", sorted(seen.values()) == range(1, CHAINS * LENGTH + 1)

# A binary tree: each node adds its two children.
DEPTH = 7
when = {}


def node(path):
    clock[0] += 1
    when[path] = clock[0]
    if len(path) < DEPTH:
        tq.add(node, path + '0')
        tq.add(node, path + '1')


clock[0] = 0
tq.add(node, '')
tq.run(3)
print "nodes:", len(when), "of", 2 ** (DEPTH + 1) - 1
print "children after parents:", all(
    when[p[:-1]] < when[p] for p in when if p)
print "serial positions:", sorted(when.values()) == range(1, len(when) + 1)

# With one worker, too.
logs = [[] for c in range(CHAINS)]
for c in range(CHAINS):
    tq.add(step, c, 0)
tq.run(1)
print "one worker:", [logs[c] == range(LENGTH) for c in range(CHAINS)]

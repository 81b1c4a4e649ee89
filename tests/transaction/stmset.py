# transaction.stmset: a set whose conflicts are per key.
import transaction

s = transaction.stmset()
print "empty:", len(s), 1 in s, sorted(s)
s.add(1)
s.add('two')
s.add((3,))
s.add(1)
print "len:", len(s), 1 in s, 'two' in s, (3,) in s, 4 in s
print "1.0 is 1:", 1.0 in s
print "iter:", sorted(s, key=repr)
s.remove('two')
print "removed:", 'two' in s, len(s)
s.discard((3,))
s.discard('never there')
print "discarded:", sorted(s), len(s)
try:
    s.remove('two')
except KeyError as e:
    print "KeyError", repr(e)
try:
    s.add([1])
except TypeError as e:
    print "TypeError:", e
try:
    {} in s
except TypeError as e:
    print "TypeError:", e

# Marking numbers from transactions of a TransactionQueue.
seen = transaction.stmset()


def mark(n):
    seen.add(n % 37)


tq = transaction.TransactionQueue()
for n in range(300):
    tq.add(mark, n)
tq.run(3)
print "marked:", len(seen), sorted(seen) == range(37)

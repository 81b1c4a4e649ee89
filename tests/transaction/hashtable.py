# transaction.hashtable: integer keys to objects, conflicts per key.
import transaction

h = transaction.hashtable()
print "empty:", len(h), 5 in h, h.get(5), h.get(5, 'd')
h[5] = 'five'
h[-3] = 'minus three'
h[0] = None
h[2 ** 40] = 'big'
print "len:", len(h), h[5], h[-3], h[0], h[2 ** 40], 5 in h, 6 in h
h[5] = 'FIVE'
print "replaced:", h[5], len(h)
print "keys:", sorted(h.keys())
print "values:", sorted(h.values())
print "items:", sorted(h.items())
print "setdefault:", h.setdefault(5, 'x'), h.setdefault(7, 'seven'), h[7]
print "pop:", h.pop(7), 7 in h, h.pop(7, 'gone')
del h[0]
print "deleted:", 0 in h, len(h)
try:
    h[42]
except KeyError as e:
    print "KeyError", repr(e)
try:
    del h[42]
except KeyError as e:
    print "KeyError", repr(e)

# Filling it from transactions of a TransactionQueue.
squares = transaction.hashtable()


def fill(i):
    squares[i] = i * i


tq = transaction.TransactionQueue()
for i in range(100):
    tq.add(fill, i)
tq.run(4)
print "squares:", len(squares), sum(squares.values()), squares[99]

# Keys are C longs.
h = transaction.hashtable()
h[True] = 'true'
print "True is 1:", h.keys(), h[1]
h[2 ** 63 - 1] = 'max'
h[-2 ** 63] = 'min'
print "extremes:", h[2 ** 63 - 1], h[-2 ** 63], len(h)
for key in ['a', 1.5, None, 2 ** 63, -2 ** 63 - 1]:
    try:
        h[key] = 1
    except (TypeError, OverflowError) as e:
        print "key %r: %s: %s" % (key, type(e).__name__, e)

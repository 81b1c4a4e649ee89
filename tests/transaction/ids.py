# transaction.stmidset and stmiddict: keyed by the objects' identity.
import transaction

a = [1]
b = [1]          # equal to a, not the same object (and unhashable)
s = transaction.stmidset()
s.add(a)
print "in:", a in s, b in s
s.add(a)
s.add(b)
print "both:", a in s, b in s
s.remove(a)
print "removed a:", a in s, b in s
try:
    s.remove(a)
except KeyError as e:
    print "KeyError, the object:", e.args[0] is a
s.discard(a)
s.discard(b)
print "discarded:", a in s, b in s

d = transaction.stmiddict()
d[a] = 'A'
print "get:", d[a], a in d, b in d, d.get(a), d.get(b), d.get(b, 'none')
print "setdefault:", d.setdefault(b, 'B'), d.setdefault(b, 'C'), d[b]
print "setdefault no default:", d.setdefault(3), 3 in d
d[a] = 'AA'
print "replaced:", d[a]
del d[a]
print "deleted:", a in d, d[b]
try:
    d[a]
except KeyError as e:
    print "KeyError, the key:", e.args[0] is a
try:
    del d[a]
except KeyError as e:
    print "KeyError, the key:", e.args[0] is a

# Equal objects are different keys; the same object is one key.
x = (1, 2)
y = tuple([1, 2])
d[x] = 'x'
d[y] = 'y'
print "equal tuples:", d[x], d[y]


class Obj(object):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


o1, o2 = Obj(), Obj()
d[o1] = 1
d[o2] = 2
print "always-equal objects:", d[o1], d[o2]

# Marking objects from transactions of a TransactionQueue.
objs = [[i] for i in range(40)]
marked = transaction.stmidset()
tq = transaction.TransactionQueue()
for o in objs:
    tq.add(marked.add, o)
tq.run(3)
print "marked:", all(o in marked for o in objs), [0] in marked

# transaction.atomic: nests like a reentrant lock; is_atomic() is the
# depth; an exit without an enter is an error; atomic blocks of
# different threads never interleave.
import thread
import threading
import transaction
from transaction import atomic, is_atomic

print "outside:", is_atomic()
with atomic:
    print "one:", is_atomic()
    with atomic:
        print "two:", is_atomic()
        with atomic:
            print "three:", is_atomic()
        print "two again:", is_atomic()
    print "one again:", is_atomic()
print "outside again:", is_atomic()

# An exception leaves every level it crosses.
try:
    with atomic:
        with atomic:
            raise ValueError("inside")
except ValueError as e:
    print "caught:", e, is_atomic()

# An exit without an enter.
try:
    atomic.__exit__(None, None, None)
except thread.error as e:
    print "thread.error:", e
print "after the error:", is_atomic()
with atomic:
    pass
try:
    with atomic:
        atomic.__exit__(None, None, None)
except thread.error as e:
    print "thread.error:", e
print "is_atomic:", is_atomic()

# is_atomic() returns an int.
with atomic:
    print "type:", type(is_atomic()).__name__

# Read-modify-write inside atomic blocks of several threads: no update
# is lost, and no thread sees another's block half done.
counter = [0]
pair = [0, 0]
torn = []


def work(n):
    for i in range(n):
        with atomic:
            if pair[0] != pair[1]:
                torn.append(1)
            x = counter[0]
            pair[0] += 1
            for k in range(5):
                x += 0
            counter[0] = x + 1
            pair[1] += 1


threads = [threading.Thread(target=work, args=(500,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print "counter:", counter[0], "pair:", pair, "torn:", len(torn)

# Another thread is not atomic because this one is.
depth = []
with atomic:
    pass
t = threading.Thread(target=lambda: depth.append(is_atomic()))
t.start()
t.join()
print "other thread:", depth

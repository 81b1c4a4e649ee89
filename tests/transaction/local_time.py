# transaction.local (thread-local storage), time() and clock().
import thread
import threading
import time
import transaction

print "local is thread._local:", transaction.local is thread._local
loc = transaction.local()
loc.x = 1
other = []


def run():
    other.append(hasattr(loc, 'x'))
    loc.x = 2
    other.append(loc.x)


t = threading.Thread(target=run)
t.start()
t.join()
print "other thread:", other, "this thread:", loc.x

t0 = transaction.time()
print "time:", type(t0).__name__, abs(t0 - time.time()) < 60
c0 = transaction.clock()
total = 0
for i in range(20000):
    total += i
c1 = transaction.clock()
print "clock:", type(c0).__name__, c0 >= 0, c1 >= c0
print "time goes on:", transaction.time() >= t0

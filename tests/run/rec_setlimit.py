# sys.setrecursionlimit: a low limit, a higher one, and back to the default.
import sys

deepest = [0]
def forever(n):
    deepest[0] = n
    return forever(n + 1)

def legal(n):
    return 0 if n == 0 else legal(n - 1) + 1

sys.setrecursionlimit(50)
print sys.getrecursionlimit()
try:
    forever(1)
except RuntimeError as e:
    print 'limit 50:', e
print 'deepest call:', deepest[0]
print 'legal 40:', legal(40)
try:
    legal(60)
except RuntimeError as e:
    print 'legal 60 at limit 50:', e

sys.setrecursionlimit(3000)
print sys.getrecursionlimit()
print 'legal 2500:', legal(2500)
try:
    forever(1)
except RuntimeError as e:
    print 'limit 3000:', e
print 'deepest call:', deepest[0]

sys.setrecursionlimit(1000)
print 'after restoring:', legal(500)

for limit in (10, 100, 1000):
    sys.setrecursionlimit(limit)
    try:
        forever(1)
    except RuntimeError:
        print 'limit', limit, 'deepest', deepest[0]
sys.setrecursionlimit(1000)
print 'done'

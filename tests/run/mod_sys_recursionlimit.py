# sys.getrecursionlimit / setrecursionlimit.
import sys

print sys.getrecursionlimit()
old = sys.getrecursionlimit()

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

sys.setrecursionlimit(2000)
print sys.getrecursionlimit()
print depth(1500)
sys.setrecursionlimit(old)
print sys.getrecursionlimit()
try:
    depth(1500)
except RuntimeError as e:
    print 'RuntimeError:', e

for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print 'ValueError:', e
for bad in ('100', 1.5, None):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print 'TypeError:', e
try:
    sys.setrecursionlimit()
except TypeError as e:
    print 'TypeError:', e
try:
    sys.getrecursionlimit(5)
except TypeError as e:
    print 'TypeError:', e
print sys.getrecursionlimit()
sys.setrecursionlimit(100L)
print sys.getrecursionlimit(), type(sys.getrecursionlimit()).__name__
sys.setrecursionlimit(old)
print sys.getrecursionlimit()

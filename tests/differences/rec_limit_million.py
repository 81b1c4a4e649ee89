# CPython 2.7 crashes (segfault) on unbounded recursion once the limit is
# raised past what its C stack holds; pystm's frames live on the heap, so
# the limit is only a count and RuntimeError is raised at it.
import sys
sys.setrecursionlimit(10**6)

def down(n):
    return down(n + 1)

try:
    down(0)
except RuntimeError as e:
    print 'RuntimeError:', e

# Recursion through special methods goes through Go code; it is bounded
# too and raises the same error.
class Deep(object):
    def __getattr__(self, name):
        return getattr(self, name + 'x')

try:
    Deep().a
except RuntimeError as e:
    print 'RuntimeError:', e

def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)

print count(100000)
print 'the program goes on'

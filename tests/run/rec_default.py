# Unbounded recursion at the default limit raises RuntimeError; the deepest
# call that ran is at depth 999 when started from module level (the module's
# frame counts as one).
import sys

print sys.getrecursionlimit()
deepest = [0]

def forever(n):
    deepest[0] = n
    return forever(n + 1)

try:
    forever(1)
except RuntimeError as e:
    print 'RuntimeError:', e
    print type(e).__name__, e.args
print 'deepest call:', deepest[0]

def forever_no_return(n):
    deepest[0] = n
    forever_no_return(n + 1)

def start():
    # one frame deeper than module level
    forever_no_return(1)
try:
    start()
except RuntimeError as e:
    print 'RuntimeError:', e
print 'deepest call from a function:', deepest[0]

def mutual_a(n):
    deepest[0] = n
    return mutual_b(n + 1)
def mutual_b(n):
    deepest[0] = n
    return mutual_a(n + 1)
try:
    mutual_a(1)
except RuntimeError as e:
    print 'mutual recursion:', e
print 'deepest mutual call:', deepest[0]

class Node(object):
    def walk(self, n):
        deepest[0] = n
        return self.walk(n + 1)
try:
    Node().walk(1)
except RuntimeError as e:
    print 'method recursion:', e
print 'deepest method call:', deepest[0]
print 'the program goes on'

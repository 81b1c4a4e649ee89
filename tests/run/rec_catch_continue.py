# A RuntimeError from runaway recursion can be caught, and the program goes
# on: later calls, including deep legal ones, work again.
import sys

def runaway(n):
    return runaway(n + 1) + 1

def legal(n):
    if n == 0:
        return 0
    return legal(n - 1) + 1

for attempt in range(5):
    try:
        runaway(0)
    except RuntimeError as e:
        print 'attempt', attempt, '->', e
    print 'legal depth 800:', legal(800)

# a handler that itself recurses a little
def handler_recurses():
    try:
        runaway(0)
    except RuntimeError:
        return legal(100)
print 'handler result:', handler_recurses()

# finally clauses run while the error unwinds
unwound = [0]
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        unwound[0] += 1
try:
    with_finally(0)
except RuntimeError as e:
    print 'with finally:', e
print 'finally clauses that ran:', unwound[0]

# except clauses in every frame see it one after another
seen = [0]
def reraising(n):
    try:
        return reraising(n + 1)
    except RuntimeError:
        seen[0] += 1
        raise
try:
    reraising(0)
except RuntimeError as e:
    print 'reraised through every frame:', e, seen[0] > 900

# the exception can be swallowed at any level
def swallow(n):
    try:
        return swallow(n + 1)
    except RuntimeError:
        return n
print 'swallowed at depth', swallow(0)
print 'recursion limit unchanged:', sys.getrecursionlimit()
print 'done'

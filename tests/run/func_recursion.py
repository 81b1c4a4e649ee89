# Recursion: deep recursion within the limit, mutual recursion, memoization, recursion limit errors.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print fact(20), fact(50)
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print fib(90), [fib(i) for i in range(15)]
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print is_even(100), is_odd(7), is_even(7)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print depth(900)
print sys.getrecursionlimit()
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError as e:
    print type(e).__name__, e
# the program goes on after the error; the limit can be raised
sys.setrecursionlimit(3000)
print depth(2500)
sys.setrecursionlimit(1000)
# recursion through __repr__ of a self-containing structure is handled by the container reprs
l = []
l.append(l)
print repr(l)
# recursion in comparisons of self-containing lists
a = []
a.append(a)
b = []
b.append(b)
try:
    a == b
except RuntimeError as e:
    print type(e).__name__, str(e).startswith('maximum recursion depth exceeded')
# ackermann small values
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print ack(2, 3), ack(3, 3)
# recursion with generators
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            for x in walk(t):
                yield x
    else:
        yield tree
print list(walk([1, [2, [3, [4, [5]]]], 6]))
# recursive lambda through a name
hanoi_moves = lambda n: 0 if n == 0 else 2 * hanoi_moves(n - 1) + 1
print hanoi_moves(20)
# error for bad recursion limit
for bad in (0, -1, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print repr(bad), type(e).__name__, e

# Deep but legal recursion under the default limit of 1000.
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print depth(900)
print depth(990)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print fact(900) % (10 ** 20), len(str(fact(900)))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print is_even(900), is_odd(777)

def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(900)
d = 0
x = nested
while x:
    x = x[0]
    d += 1
print 'nested list depth', d

def flatten(l):
    out = []
    for item in l:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
tree = [1]
for i in range(2, 400):
    tree = [tree, i]
print len(flatten(tree)), flatten(tree)[:5], flatten(tree)[-3:]

class Tree(object):
    def __init__(self, depth):
        self.child = Tree(depth - 1) if depth else None
    def height(self):
        return 1 + (self.child.height() if self.child else 0)
print Tree(100).height()

def gen_depth(n):
    if n == 0:
        yield 0
    else:
        for x in gen_depth(n - 1):
            yield x + 1
print list(gen_depth(200))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print ackermann(2, 3), ackermann(2, 200)

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print len(hanoi(12, 'A', 'B', 'C', []))
print sys.getrecursionlimit()

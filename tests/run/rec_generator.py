# Recursion through generators and through methods of an object hierarchy;
# the error is caught and the program goes on.
def gen(n):
    for x in gen(n + 1):
        yield x
    yield n

try:
    list(gen(0))
except RuntimeError as e:
    print 'generator recursion:', e

def nested_gen(n):
    if n == 0:
        yield 'bottom'
        return
    for x in nested_gen(n - 1):
        yield x
print list(nested_gen(100))

class Chain(object):
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt is not None else 0)
c = Chain()
c.nxt = c  # a cycle: length() never ends
try:
    c.length()
except RuntimeError as e:
    print 'method recursion on a cycle:', e
c.nxt = Chain(Chain())
print 'fixed chain length:', c.length()

def recursive_lambda_user():
    fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
    return fact(20)
print recursive_lambda_user()
inf = lambda n: inf(n + 1)
try:
    inf(0)
except RuntimeError as e:
    print 'lambda recursion:', e

def recursive_in_except(n):
    try:
        raise ValueError(n)
    except ValueError:
        return recursive_in_except(n + 1)
try:
    recursive_in_except(0)
except RuntimeError as e:
    print 'recursion inside except clauses:', e
print 'end'

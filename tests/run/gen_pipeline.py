# Generator pipelines, lazy evaluation order, infinite generators, and generators as iterators.
log = []
def source(n):
    for i in range(n):
        log.append('src %d' % i)
        yield i
def square(it):
    for x in it:
        log.append('sq %d' % x)
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
p = evens(square(source(6)))
print log
print p.next(), log
print list(p)
print log
# infinite generator and take
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print take(5, count()), take(3, count(10, -2)), take(0, count())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print take(15, fib())
# primes sieve with generators
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print take(15, primes())
# generators are single-pass
g = source(3)
print sum(g), sum(g)
# generator objects in various builtins
print sorted(x % 3 for x in range(9)), dict((x, x * x) for x in range(3)), set(c for c in 'abca'), max(source(4))
print zip(count(), 'abc'), list(enumerate(source(2))), ''.join(str(x) for x in source(4))
# interleaving two generators
def interleave(a, b):
    a, b = iter(a), iter(b)
    while True:
        yield next(a)
        yield next(b)
print list(interleave('abc', 'xyz')), list(interleave('ab', 'xyz'))
# chain and flatten
def chain(*its):
    for it in its:
        for x in it:
            yield x
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            for z in flatten(y):
                yield z
    else:
        yield x
print list(chain('ab', [1, 2], (3,))), list(flatten([1, (2, [3, [4]]), [[5]]]))
# generator expression capturing loop variables lazily
gens = [(i * j for j in range(3)) for i in range(3)]
print [list(g) for g in gens]

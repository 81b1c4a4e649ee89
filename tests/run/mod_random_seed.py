# random: the Mersenne Twister gives CPython's exact sequences for fixed seeds.
import random

def first(n=5):
    return [repr(random.random()) for i in range(n)]

for s in (0, 1, 42, 12345, -1, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 7, 9223372036854775807):
    random.seed(s)
    print s, first(3)
for s in (0L, 5L, 10 ** 30, -(10 ** 30), 2 ** 100 + 1):
    random.seed(s)
    print s, first(3)
for s in ('', 'a', 'hello', 'pystm random seed', u'unicode'):
    random.seed(s)
    print repr(s), first(2)
for s in (1.5, -2.25, 0.0, 1e20, (1, 2), True, 3j):
    random.seed(s)
    print repr(s), first(2)
random.seed(7)
a = first(10)
random.seed(7)
b = first(10)
print a == b
print a
random.seed(123)
print [random.randint(1, 6) for i in range(20)]
print [random.randrange(10) for i in range(20)]
print [random.randrange(5, 50, 5) for i in range(10)]
print [random.randrange(100, 0, -7) for i in range(10)]
print [random.randrange(-10, 10) for i in range(10)]
print random.randrange(2 ** 70), random.randrange(10 ** 30, 10 ** 30 + 10)
print random.randint(-2 ** 64, 2 ** 64)
print random.randrange(1L), random.randrange(3, 4)
print [random.getrandbits(k) for k in (1, 2, 8, 31, 32, 33, 64, 100)]
print random.getrandbits(1000) % (10 ** 20)

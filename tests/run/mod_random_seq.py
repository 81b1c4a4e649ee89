# random: choice, shuffle and sample on sequences, for fixed seeds.
import random

random.seed(99)
print [random.choice('abcdefg') for i in range(10)]
print [random.choice([10, 20, 30]) for i in range(6)]
print random.choice((1,)), random.choice(xrange(100)), random.choice(u'xyz')
l = range(20)
random.shuffle(l)
print l
random.shuffle(l)
print l
s = list('shuffle me')
random.shuffle(s)
print ''.join(s)
e = []
random.shuffle(e)
print e
one = [1]
random.shuffle(one)
print one
print random.sample(range(100), 10)
print random.sample(xrange(10 ** 6), 5)
print random.sample('abcdefgh', 8)
print random.sample(range(10), 0)
print random.sample(tuple(range(30)), 4)
print random.sample([3, 1, 4, 1, 5, 9, 2, 6], 3)
print random.sample(range(1000), 3)   # large population path
print random.sample(range(25), 24)    # small population path

# shuffle with a custom random function
l = range(10)
random.shuffle(l, lambda: 0.0)
print l
l = range(10)
random.shuffle(l, lambda: 0.999)
print l
print repr(random.random())
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print 'TypeError:', e
try:
    random.sample(5, 1)
except TypeError as e:
    print 'TypeError:', e

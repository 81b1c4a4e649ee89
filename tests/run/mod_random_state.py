# random: getstate/setstate, jumpahead and independent Random instances.
import random

random.seed(1)
st = random.getstate()
print type(st).__name__, len(st), st[0], len(st[1]), st[2]
print st[1][:4], st[1][-1]
a = [random.random() for i in range(5)]
random.setstate(st)
b = [random.random() for i in range(5)]
print a == b
random.setstate(st)
print random.getstate() == st

r1 = random.Random(10)
r2 = random.Random(10)
print r1.random() == r2.random()
print repr(r1.random()), repr(r2.random())
print [r1.randint(0, 100) for i in range(5)]
print [r2.randint(0, 100) for i in range(5)]
r3 = random.Random()
r3.seed(10)
print repr(r3.random())
print type(r1).__name__, isinstance(r1, random.Random)
# instances do not disturb the module-level generator
random.seed(3)
x = random.random()
random.seed(3)
r4 = random.Random(77)
r4.random()
print random.random() == x
r5 = random.Random('string seed')
print repr(r5.random())
r6 = random.Random(10 ** 20)
print repr(r6.random())

# jumpahead
r = random.Random(1)
r.jumpahead(10)
print [repr(r.random()) for i in range(3)]
r = random.Random(1)
r.jumpahead(0)
print repr(r.random())
r = random.Random(1)
r.jumpahead(2 ** 40)
print repr(r.random())
r = random.Random(1)
s1 = r.getstate()
r.jumpahead(5)
print r.getstate() != s1

# setstate errors
try:
    random.setstate((1, 2, 3))
except ValueError as e:
    print 'ValueError:', e
try:
    random.setstate((2, (1, 2), None))
except (ValueError, TypeError) as e:
    print type(e).__name__ + ':', e

# subclassing Random with a custom random()
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed()
print f.choice('abcde'), f.uniform(0, 10), f.randrange(10), f.sample(range(5), 2)
print random.Random.__name__, random.Random.__module__
print random.SystemRandom.__name__
print repr(random.Random(42).getrandbits(64))
w = random.WichmannHill(1)
print repr(w.random())

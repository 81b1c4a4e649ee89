# random: every method, for many seeds, must give CPython's values.
import random
import sys
import warnings
sys.stderr = sys.stdout


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
    return r

SEEDS = [0, 1, 2, 42, 12345, -7, 2 ** 31, 2 ** 32 + 5, 2 ** 64 + 3, 10 ** 30,
         -(10 ** 25), 1L, 3.5, -2.25, 'a string', u'unicode', (1, 2), True,
         frozenset([1])]


def exercise(r):
    out = []
    a = out.append
    a(r.random())
    a(r.randrange(10))
    a(r.randrange(3, 17))
    a(r.randrange(3, 100, 7))
    a(r.randrange(100, 3, -7))
    a(r.randrange(-5, 5))
    a(r.randrange(2 ** 53))
    a(r.randrange(2 ** 53 + 1))
    a(r.randrange(2 ** 70))
    a(r.randrange(-2 ** 60, 2 ** 60))
    a(r.randrange(0, 2 ** 80, 3))
    a(r.randrange(5L))
    a(r.randrange(1.0, 5.0))
    a(r.randint(1, 6))
    a(r.randint(-10 ** 20, 10 ** 20))
    a(r.choice('abcdefg'))
    a(r.choice(range(1000)))
    l = range(20)
    r.shuffle(l)
    a(l)
    l = list('abcdefgh')
    r.shuffle(l, r.random)
    a(l)
    a(r.sample(xrange(100), 10))
    a(r.sample(range(10), 10))
    a(r.sample(xrange(10 ** 6), 30))
    a(r.sample('abcdefghij' * 10, 25))
    a(sorted(r.sample(set(range(50)), 5)))
    a(sorted(r.sample(set(range(500)), 40)))
    a(sorted(r.sample(dict.fromkeys(range(30)), 4)))
    a(r.sample(tuple(range(3000)), 7))
    a(r.uniform(1, 10))
    a(r.uniform(-1.5, 1.5))
    a(r.triangular())
    a(r.triangular(1, 3))
    a(r.triangular(1, 3, 2.5))
    a(r.triangular(2, 2))
    a(r.triangular(0, 10, 0))
    a(r.normalvariate(0, 1))
    a(r.normalvariate(100, 15))
    a(r.lognormvariate(0, 0.5))
    a(r.expovariate(1.5))
    a(r.expovariate(-2))
    a(r.vonmisesvariate(0, 0))
    a(r.vonmisesvariate(1, 4))
    a(r.vonmisesvariate(3, 0.5))
    a(r.gammavariate(0.5, 1))
    a(r.gammavariate(1.0, 2))
    a(r.gammavariate(3, 2))
    a(r.gammavariate(30, 0.1))
    a(r.gauss(0, 1))
    a(r.gauss(0, 1))
    a(r.gauss(5, 2))
    a(r.betavariate(2, 3))
    a(r.betavariate(0.5, 0.5))
    a(r.paretovariate(2))
    a(r.weibullvariate(1, 1.5))
    a(r.getrandbits(1))
    a(r.getrandbits(31))
    a(r.getrandbits(32))
    a(r.getrandbits(100))
    return out

for s in SEEDS:
    r = random.Random(s)
    print repr(s), exercise(r)
    r.seed(s)
    first = r.random()
    state = r.getstate()
    print state[0], len(state[1]), state[1][-1], state[1][:3], state[2]
    x = [r.random() for i in range(5)]
    r.setstate(state)
    print first, x == [r.random() for i in range(5)]
    r.jumpahead(5)
    print 'jump', r.random(), r.getstate()[1][:2]
    r.jumpahead(10 ** 20)
    r.jumpahead('text')
    print 'jump', r.random()
    r.gauss(0, 1)
    r.jumpahead(-3)
    print 'jump', r.random(), r.gauss_next

# the module functions share one instance
random.seed(2024)
print random.random(), random.randrange(100), random.choice([1, 2, 3]), \
    random.sample(range(100), 3), random.uniform(0, 1), random.gauss(0, 1), \
    random.getrandbits(40), random.randint(0, 9), random.triangular(), \
    random.normalvariate(0, 1), random.lognormvariate(0, 1), \
    random.expovariate(1), random.vonmisesvariate(0, 1), \
    random.gammavariate(2, 2), random.betavariate(1, 2), \
    random.paretovariate(1), random.weibullvariate(1, 2)
l = range(10)
random.shuffle(l)
print l
st = random.getstate()
v = random.random()
random.setstate(st)
print v == random.random()
random.jumpahead(3)
print random.random()
random.seed(None)
random.seed()

# version 2 states and bad states
r = random.Random(5)
v3, internal, g = r.getstate()
r2 = random.Random()
r2.setstate((2, tuple(x - 2 ** 32 if x > 2 ** 31 else x for x in internal), None))
print r2.random() == random.Random(5).random()
print attempt(r2.setstate, (4, internal, None))
print attempt(r2.setstate, (2, ('x',) * 625, None))
print attempt(r2.setstate, (3, internal[:-1], None))

# errors
r = random.Random(1)
for args in [(0,), (-3,), (1.5,), (3, 3), (3, 1), (1, 5, 0), (1, 5, 1.5),
             (1, 2.5), (1, 10, -1), (10, 1, 2), ('a',)]:
    print args, attempt(r.randrange, *args)
print attempt(r.choice, []), attempt(r.sample, range(3), 5), \
    attempt(r.sample, range(3), -1), attempt(r.gammavariate, 0, 1), \
    attempt(r.gammavariate, 1, -1), attempt(r.getrandbits, 0), \
    attempt(r.randint, 1, 0), attempt(r.sample, 5, 1), attempt(r.expovariate, 0)
print attempt(r.sample, [[1], [2], [3]] * 20, 30) is not None
print r.sample(u'abc', 3), r.random()

# pickling and copying
import copy
import pickle
r = random.Random(77)
r.random()
r2 = copy.copy(r)
r3 = pickle.loads(pickle.dumps(r, 2))
print r.random() == r2.random() == r3.random(), r.__reduce__()[0].__name__


# subclasses: random() overridden (no getrandbits use), getrandbits
# overridden, both.
class MyRandom(random.Random):
    def random(self):
        self.calls = getattr(self, 'calls', 0) + 1
        return 0.5

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    m = MyRandom(3)
    print m.randrange(10), m.randrange(2 ** 60), m.randrange(2 ** 54), m.calls, \
        [str(x.message) for x in w]


class MyBits(random.Random):
    def getrandbits(self, k):
        self.k = k
        return random.Random.getrandbits(self, k)
mb = MyBits(9)
print mb.randrange(2 ** 60), mb.k, mb.randrange(2 ** 54), mb.randrange(10)


class NoBits(random.Random):
    def random(self):
        return random.Random.random(self)
    getrandbits = None
nb = NoBits(4)
print attempt(nb.randrange, 2 ** 70), attempt(nb.randrange, 10)

r = random.Random(8)
r.random = lambda: 0.25
print r.randrange(2 ** 60), r.randrange(7)

# WichmannHill
for s in [0, 1, 12345, 2 ** 40, -5, 'abc', 3.5]:
    w = random.WichmannHill(s)
    print repr(s), w.getstate(), [w.random() for i in range(3)], \
        w.randrange(10 ** 6), w.sample(range(30), 3), w.gauss(0, 1), \
        w.choice('xyz')
    st = w.getstate()
    a = w.random()
    w.setstate(st)
    print a == w.random(), attempt(w.setstate, (3, (1, 1, 1), None))
    w.jumpahead(1000)
    print w.getstate(), attempt(w.jumpahead, -1)
    w.whseed(s)
    print w.getstate(), w.random()
w = random.WichmannHill(1)
print attempt(w._WichmannHill__whseed, 1.0, 2, 3), \
    attempt(w._WichmannHill__whseed, 1, 2, 300)
w._WichmannHill__whseed(0, 5, 0)
print w.getstate()
print attempt(w.randrange, 2 ** 60) is not None
w.whseed()
w.seed()

# SystemRandom: only what does not depend on the values
sr = random.SystemRandom()
print 0 <= sr.random() < 1, 0 <= sr.getrandbits(10) < 1024, \
    0 <= sr.randrange(2 ** 100) < 2 ** 100, len(sr.sample(range(10), 3)), \
    sr.seed(5), sr.jumpahead(3), attempt(sr.getstate), attempt(sr.setstate, 1), \
    attempt(sr.getrandbits, 0), attempt(sr.getrandbits, 2.5)
print random.__all__, random.NV_MAGICCONST, random.TWOPI, random.LOG4, \
    random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.Random.VERSION

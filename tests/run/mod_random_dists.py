# random: the derived methods and distributions for a fixed seed.
import random

def r(x):
    return '%.12g' % x

random.seed(2024)
print [repr(random.uniform(1, 3)) for i in range(3)]
print [repr(random.uniform(5, -5)) for i in range(2)]
print [repr(random.triangular()) for i in range(2)]
print [repr(random.triangular(0, 10, 2)) for i in range(3)]
print [repr(random.triangular(5, 5, 5))]
print [r(random.gauss(0, 1)) for i in range(6)]
print [r(random.gauss(10, 0.5)) for i in range(3)]
print [r(random.normalvariate(0, 1)) for i in range(4)]
print [r(random.normalvariate(100, 15)) for i in range(2)]
print [r(random.lognormvariate(0, 0.5)) for i in range(3)]
print [r(random.expovariate(1.5)) for i in range(4)]
print [r(random.betavariate(2, 3)) for i in range(3)]
print [r(random.betavariate(0.5, 0.5)) for i in range(3)]
print [r(random.gammavariate(0.5, 1)) for i in range(3)]
print [r(random.gammavariate(1, 2)) for i in range(3)]
print [r(random.gammavariate(3, 1.5)) for i in range(3)]
print [r(random.paretovariate(2)) for i in range(3)]
print [r(random.weibullvariate(1, 1.5)) for i in range(3)]
print [r(random.vonmisesvariate(0, 1)) for i in range(3)]
print [r(random.vonmisesvariate(1, 0)) for i in range(2)]
print repr(random.random())

# gauss keeps a spare value: reseeding clears it.
random.seed(5)
g1 = random.gauss(0, 1)
random.seed(5)
g2 = random.gauss(0, 1)
print g1 == g2
random.seed(5)
random.gauss(0, 1)
state = random.getstate()
x = random.gauss(0, 1)
random.setstate(state)
print random.gauss(0, 1) == x

def t(label, f, *args):
    try:
        v = f(*args)
        print label, v
    except Exception as e:
        print label, type(e).__name__ + ':', e
t('randrange(0)', random.randrange, 0)
t('randrange(5, 5)', random.randrange, 5, 5)
t('randrange(1.5)', random.randrange, 1.5)
t('randrange(0, 10, 0)', random.randrange, 0, 10, 0)
t('randrange(0, 10, 1.5)', random.randrange, 0, 10, 1.5)
t('randrange(10, 0)', random.randrange, 10, 0)
t('randint(5, 1)', random.randint, 5, 1)
t('choice([])', random.choice, [])
t('sample(range(3), 4)', random.sample, range(3), 4)
t('getrandbits(0)', random.getrandbits, 0)
t('getrandbits(-1)', random.getrandbits, -1)
t('expovariate(0)', random.expovariate, 0)
t('gammavariate(0, 1)', random.gammavariate, 0, 1)
t('seed()', random.seed, 1, 2)

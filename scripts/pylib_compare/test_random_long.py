# random: long sequences of mixed calls for 300 seeds; each seed's values
# are summed up in a digest, the first few printed in full.
import random
import hashlib

METHODS = [
    lambda r: r.random(),
    lambda r: r.randrange(1000),
    lambda r: r.randrange(-50, 50, 3),
    lambda r: r.randrange(2 ** 61),
    lambda r: r.randint(0, 2 ** 90),
    lambda r: r.choice(range(37)),
    lambda r: r.sample(xrange(1000), 8),
    lambda r: r.sample(range(20), 20),
    lambda r: r.uniform(-3, 3),
    lambda r: r.triangular(0, 1, 0.2),
    lambda r: r.normalvariate(1, 2),
    lambda r: r.lognormvariate(0, 1),
    lambda r: r.expovariate(0.3),
    lambda r: r.vonmisesvariate(1, 2),
    lambda r: r.gammavariate(0.3, 2),
    lambda r: r.gammavariate(4.5, 1),
    lambda r: r.gauss(0, 1),
    lambda r: r.betavariate(3, 1),
    lambda r: r.paretovariate(3),
    lambda r: r.weibullvariate(2, 3),
    lambda r: r.getrandbits(77),
]


def run(seed, n):
    r = random.Random(seed)
    values = []
    for i in range(n):
        f = METHODS[(i * 7 + seed) % len(METHODS)]
        values.append(f(r))
        if i % 50 == 49:
            l = range(i % 13 + 2)
            r.shuffle(l)
            values.append(l)
    return values

for seed in range(300):
    values = run(seed, 300)
    text = repr(values)
    if seed < 3:
        print seed, text
    print seed, hashlib.md5(text).hexdigest()

"""Pseudo-random numbers: integers in a range, choices, samples and
shuffles of sequences, and floats from many distributions (uniform,
triangular, normal, lognormal, exponential, gamma, beta, Pareto, Weibull,
and von Mises for angles).

The generator is the Mersenne Twister of the module _random; Random
subclasses it, and the functions of this module are the methods of one
hidden instance of it. WichmannHill is the generator of old Pythons;
SystemRandom draws from os.urandom().
"""
# pystm: uses the Go modules _random (the Mersenne Twister, exactly as
# CPython's), math, sys, time (when urandom is missing), and os.urandom
# (Go module posix), warnings and types; hashlib if there, else a SHA-512
# of its own (for jumpahead).
#
# Every method makes the same calls to random() and getrandbits(), in the
# same order, with the same arithmetic as CPython 2.7's, so that the same
# seed gives the same results.

from __future__ import division
from warnings import warn as _warn
from types import MethodType as _MethodType
from types import BuiltinMethodType as _BuiltinMethodType
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from os import urandom as _urandom

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate",
           "gammavariate", "triangular", "gauss", "betavariate",
           "paretovariate", "weibullvariate", "getstate", "setstate",
           "jumpahead", "WichmannHill", "getrandbits", "SystemRandom"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float
RECIP_BPF = 2 ** -BPF


def _bytes_to_long(data):
    # The big-endian number that the bytes of data spell (what
    # long(hexlify(data), 16) gives).
    if not data:
        raise ValueError("invalid literal for long() with base 16: ''")
    return long(''.join(['%02x' % ord(c) for c in data]), 16)


# SHA-512, for jumpahead where hashlib is missing.

_K512 = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242,
    0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275,
    0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f,
    0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc,
    0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6,
    0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc,
    0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915,
    0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba,
    0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]

_H512 = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]

_M64 = 0xffffffffffffffff


def _sha512_hexdigest(data):
    # The SHA-512 digest of the str data, in hex (FIPS 180-4).
    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & _M64
    bits = len(data) * 8
    # Pad to 112 bytes modulo 128, then the length in 16 big-endian bytes.
    data += '\x80' + '\x00' * ((111 - len(data)) % 128)
    data += ''.join([chr((bits >> (8 * i)) & 0xff) for i in range(15, -1, -1)])
    h = list(_H512)
    for block in range(0, len(data), 128):
        chunk = data[block:block + 128]
        w = [long(''.join(['%02x' % ord(c) for c in chunk[i:i + 8]]), 16)
             for i in range(0, 128, 8)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = rotr(x, 1) ^ rotr(x, 8) ^ (x >> 7)
            x = w[t - 2]
            s1 = rotr(x, 19) ^ rotr(x, 61) ^ (x >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            ch = (e & f) ^ (~e & _M64 & g)
            t1 = (hh + s1 + ch + _K512[t] + w[t]) & _M64
            s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M64
            hh = g
            g = f
            f = e
            e = (d + t1) & _M64
            d = c
            c = b
            b = a
            a = (t1 + t2) & _M64
        h = [(x + y) & _M64 for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
    return ''.join(['%016x' % x for x in h])


def _sha512(s):
    try:
        import hashlib
    except ImportError:
        return _sha512_hexdigest(s)
    return hashlib.new('sha512', s).hexdigest()


import _random


class Random(_random.Random):
    """The generator class behind the functions of this module.

    Each instance has its own state, so that several threads (or parts of
    a program) can have their own independent generators; jumpahead()
    helps make their sequences far apart.

    A subclass may bring its own basic generator by overriding random(),
    seed(), getstate(), setstate() and jumpahead(), and getrandbits() too
    to let randrange() cover arbitrarily large ranges.
    """

    VERSION = 3     # the format of getstate()

    def __init__(self, x=None):
        """Make a generator, seeded with x as seed() does."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None):
        """Seed the generator: from the operating system's randomness
        source (or the time) when a is None; with a itself when it is an
        int or long; with hash(a) otherwise."""
        if a is None:
            try:
                a = _bytes_to_long(_urandom(2500))
            except NotImplementedError:
                import time
                a = long(time.time() * 256)
        super(Random, self).seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the internal state, for setstate()."""
        return self.VERSION, super(Random, self).getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super(Random, self).setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # Version 2 states may hold negative numbers (Python 2.4-2.6
            # on some platforms): bring them into 32 bits.
            try:
                internalstate = tuple(long(x) % (2 ** 32)
                                      for x in internalstate)
            except ValueError, e:
                raise TypeError(e)
            super(Random, self).setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def jumpahead(self, n):
        """Move to a state that is likely far from the current one,
        derived from n and the current state. (Gone in Python 3: seed
        again instead.)"""
        s = repr(n) + repr(self.getstate())
        n = int(_sha512(s), 16)
        super(Random, self).jumpahead(n)

    # Pickling.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # Integers.

    def randrange(self, start, stop=None, step=1, _int=int,
                  _maxwidth=1L << BPF):
        """A random member of range(start, stop[, step]); stop itself is
        never chosen (randint includes its upper bound)."""
        istart = _int(start)
        if istart != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if istart > 0:
                if istart >= _maxwidth:
                    return self._randbelow(istart)
                return _int(self.random() * istart)
            raise ValueError("empty range for randrange()")
        istop = _int(stop)
        if istop != stop:
            raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        if step == 1 and width > 0:
            if width >= _maxwidth:
                return _int(istart + self._randbelow(width))
            return _int(istart + _int(self.random() * width))
        if step == 1:
            raise ValueError("empty range for randrange() (%d,%d, %d)" %
                             (istart, istop, width))
        istep = _int(step)
        if istep != step:
            raise ValueError("non-integer step for randrange()")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        if n >= _maxwidth:
            return istart + istep * self._randbelow(n)
        return istart + istep * _int(self.random() * n)

    def randint(self, a, b):
        """Return a random integer N such that a <= N <= b."""
        return self.randrange(a, b + 1)

    def _has_native_random(self):
        # Whether random() is still the Mersenne Twister's (CPython asks
        # whether self.random is a built-in method).
        if type(self.random) is _BuiltinMethodType:
            return True
        if 'random' in getattr(self, '__dict__', ()):
            return False
        return getattr(type(self), 'random', None) is _random.Random.random

    def _randbelow(self, n, _log=_log, _int=int, _maxwidth=1L << BPF):
        """Return a random int in the range [0,n), however many bits n
        has."""
        try:
            getrandbits = self.getrandbits
        except AttributeError:
            pass
        else:
            # Use getrandbits only if random() is the built-in one, or
            # getrandbits is a Python method: then they go together.
            if self._has_native_random() or type(getrandbits) is _MethodType:
                k = _int(1.00001 + _log(n - 1, 2.0))   # 2**k > n-1 > 2**(k-2)
                r = getrandbits(k)
                while r >= n:
                    r = getrandbits(k)
                return r
        if n >= _maxwidth:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large")
        return _int(self.random() * n)

    # Sequences.

    def choice(self, seq):
        """A random item of the sequence seq (IndexError if it is empty)."""
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        """x, random=random.random -> shuffle list x in place; return None.

        random, if given, is a function of no arguments that returns a
        float in [0.0, 1.0); the generator's random() by default."""
        if random is None:
            random = self.random
        _int = int
        for i in reversed(xrange(1, len(x))):
            j = _int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        """Choose k unique elements of the population sequence (or set),
        at random, and return them in a new list, in the order chosen (so
        that any slice of it is a random sample too). Elements repeated in
        the population may be chosen as many times as they occur. xrange
        makes a cheap population of integers."""
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        random = self.random
        _int = int
        result = [None] * k
        # Small samples of small populations: draw from a copy of the
        # population; otherwise remember the indexes taken in a set, as
        # long as indexing works. setsize estimates the memory of that set.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in xrange(k):
                j = _int(random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            try:
                selected = set()
                selected_add = selected.add
                for i in xrange(k):
                    j = _int(random() * n)
                    while j in selected:
                        j = _int(random() * n)
                    selected_add(j)
                    result[i] = population[j]
            except (TypeError, KeyError):
                # Not indexable (a set, say): sample a tuple of it.
                if isinstance(population, list):
                    raise
                return self.sample(tuple(population), k)
        return result

    # Real-valued distributions.

    def uniform(self, a, b):
        """A random float between a and b (b itself included or not,
        depending on rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution: between low and high, most likely
        around mode (the middle by default)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def normalvariate(self, mu, sigma):
        """A normally distributed float around mu, of spread sigma
        (Kinderman and Monahan's method)."""
        random = self.random
        while 1:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """A float whose logarithm is normalvariate(mu, sigma); sigma must
        be positive."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution, lambd being 1.0 divided by the mean
        (it must not be zero). The values go from 0 to infinity for a
        positive lambd, from minus infinity to 0 for a negative one."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises distribution on the circle: mean angle mu (in
        radians), concentration kappa (>= 0; 0 gives a uniform angle)."""
        # Best and Fisher's method.
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while 1:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """The gamma distribution with shape alpha > 0 and scale beta > 0,
        whose density is
        x ** (alpha - 1) * exp(-x / beta) / (gamma(alpha) * beta ** alpha).
        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection method (R. C. H. Cheng, 1977).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while 1:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            # The exponential distribution.
            u = random()
            while u <= 1e-7:
                u = random()
            return -_log(u) * beta
        else:
            # alpha in (0, 1): the ALGORITHM GS of Statistical Computing
            # (Kennedy and Gentle).
            while 1:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def gauss(self, mu, sigma):
        """A normally distributed float around mu, of spread sigma, by the
        Box-Muller transform: a bit faster than normalvariate(). Each call that computes makes two
        values and keeps the second for the next call (so it needs a lock
        around it to be shared between threads)."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """Beta distribution, alpha > 0 and beta > 0; values between 0 and
        1."""
        y = self.gammavariate(alpha, 1.)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        u = 1.0 - self.random()
        return alpha * pow(-_log(u), 1.0 / beta)


class WichmannHill(Random):
    """The Wichmann-Hill generator (Applied Statistics algorithm AS 183),
    the generator of Python before 2.3: a period of about 6.95e12."""

    VERSION = 1     # the format of getstate()

    def seed(self, a=None):
        """Seed from a: from the randomness source (or the time) when a is
        None, with a when it is an int or long (distinct values up to
        27814431486575 give distinct states), with hash(a) otherwise."""
        if a is None:
            try:
                a = _bytes_to_long(_urandom(16))
            except NotImplementedError:
                import time
                a = long(time.time() * 256)
        if not isinstance(a, (int, long)):
            a = hash(a)
        a, x = divmod(a, 30268)
        a, y = divmod(a, 30306)
        a, z = divmod(a, 30322)
        self._seed = int(x) + 1, int(y) + 1, int(z) + 1
        self.gauss_next = None

    def random(self):
        """The next random float in [0.0, 1.0)."""
        x, y, z = self._seed
        x = (171 * x) % 30269
        y = (172 * y) % 30307
        z = (170 * z) % 30323
        self._seed = x, y, z
        # The sum of three uniforms modulo 1 is uniform.
        return (x / 30269.0 + y / 30307.0 + z / 30323.0) % 1.0

    def getstate(self):
        """Return the internal state, for setstate()."""
        return self.VERSION, self._seed, self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version == 1:
            version, self._seed, self.gauss_next = state
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def jumpahead(self, n):
        """Move on as n calls of random() would, at once (n >= 0): two
        generators whose states are n apart draw disjoint segments of the
        sequence for n draws."""
        if not n >= 0:
            raise ValueError("n must be >= 0")
        x, y, z = self._seed
        x = int(x * pow(171, n, 30269)) % 30269
        y = int(y * pow(172, n, 30307)) % 30307
        z = int(z * pow(170, n, 30323)) % 30323
        self._seed = x, y, z

    def __whseed(self, x=0, y=0, z=0):
        """Seed from the three integers x, y and z, each in range(0, 256);
        all three 0 means the time."""
        if not type(x) == type(y) == type(z) == int:
            raise TypeError('seeds must be integers')
        if not (0 <= x < 256 and 0 <= y < 256 and 0 <= z < 256):
            raise ValueError('seeds must be in range(0, 256)')
        if 0 == x == y == z:
            import time
            t = long(time.time() * 256)
            t = int((t & 0xffffff) ^ (t >> 24))
            t, x = divmod(t, 256)
            t, y = divmod(t, 256)
            t, z = divmod(t, 256)
        self._seed = (x or 1, y or 1, z or 1)
        self.gauss_next = None

    def whseed(self, a=None):
        """Seed from the hash of a (the time if a is None), as Python
        before 2.1 did; distinct hashes may give the same state. Use
        seed() instead."""
        if a is None:
            self.__whseed()
            return
        a = hash(a)
        a, x = divmod(a, 256)
        a, y = divmod(a, 256)
        a, z = divmod(a, 256)
        x = (x + a) % 256 or 1
        y = (y + a) % 256 or 1
        z = (z + a) % 256 or 1
        self.__whseed(x, y, z)


class SystemRandom(Random):
    """A generator that draws from the operating system's randomness source
    (os.urandom()); it has no state, so seed() and jumpahead() do nothing
    and getstate() and setstate() raise NotImplementedError."""

    def random(self):
        """The next random float in [0.0, 1.0)."""
        return (_bytes_to_long(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> a long of k random bits."""
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k != int(k):
            raise TypeError('number of bits should be an integer')
        nbytes = (k + 7) // 8
        x = _bytes_to_long(_urandom(nbytes))
        return x >> (nbytes * 8 - k)

    def _stub(self, *args, **kwds):
        "A system source needs no seed: this does nothing."
        return None
    seed = jumpahead = _stub

    def _notimplemented(self, *args, **kwds):
        "A system source has no state: NotImplementedError."
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


# The module's functions: methods of one shared instance.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
jumpahead = _inst.jumpahead
getrandbits = _inst.getrandbits

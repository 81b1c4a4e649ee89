# calls: a call-heavy workload written for pystm's suite. Each step makes
# calls of every common shape: positional, keyword, with defaults, with
# *args and **kwargs on either side, bound methods, class and static
# methods, closures, lambdas, a callable instance, and builtins. The
# callees do almost nothing, so the time is the calls'.
#
# usage: calls.py [STEPS]
# Prints a checksum of all results; never a timing.

import sys

STEPS = 350000


def f0():
    return 1


def f3(a, b, c):
    return a + b - c


def fdef(a, b=2, c=3):
    return a * b + c


def fstar(*args):
    return len(args)


def fkw(**kw):
    return kw.get("x", 0) + len(kw)


def fall(a, b=1, *args, **kw):
    return a + b + len(args) + len(kw)


def fwd(*args, **kw):
    return f3(*args, **kw)


class Counter(object):
    scale = 3

    def __init__(self, start):
        self.n = start

    def bump(self):
        self.n += 1
        return self.n

    def add(self, a, b=1):
        self.n += a * b
        return self.n

    def __call__(self, x):
        return x + self.n

    @classmethod
    def make(cls, x):
        return x * cls.scale

    @staticmethod
    def pure(x, y):
        return x - y


class Sub(Counter):
    def add(self, a, b=1):
        return Counter.add(self, a, b) + 1


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def make_counter():
    state = [0]

    def tick(step=1):
        state[0] += step
        return state[0]
    return tick


def run(steps):
    total = 0
    c = Counter(0)
    s = Sub(10)
    add5 = make_adder(5)
    tick = make_counter()
    sq = lambda v: v * v
    args = (1, 2, 3)
    kwargs = {"a": 4, "b": 5, "c": 6}
    bump = c.bump
    for i in xrange(steps):
        j = i & 255
        total += f0()
        total += f3(j, 2, 1)
        total += f3(a=j, c=1, b=2)
        total += fdef(j)
        total += fdef(j, 4)
        total += fdef(j, c=0)
        total += fstar()
        total += fstar(1, 2, j)
        total += fstar(*args)
        total += fkw(x=j, y=2)
        total += fkw(**kwargs)
        total += fall(j)
        total += fall(j, 2, 3, 4, k=5)
        total += fwd(*args)
        total += fwd(j, **{"b": 1, "c": 2})
        total += c.bump()
        total += bump()
        total += c.add(j)
        total += s.add(1, b=2)
        total += c(j)
        total += Counter.make(j)
        total += c.make(1)
        total += Counter.pure(j, 1)
        total += add5(j)
        total += tick()
        total += tick(step=2)
        total += sq(j)
        total += (lambda a, b=3: a + b)(j)
        total += len(args) + abs(-j) + max(j, 7) + min(j, 3, 9)
        total += int(isinstance(c, Counter)) + ord("a") + len(str(j))
        total &= 0xffffffffff
    return total, c.n, s.n, tick()


def main():
    steps = STEPS
    if len(sys.argv) > 1:
        steps = int(sys.argv[1])
    total, cn, sn, ticks = run(steps)
    print "calls steps=%d total=%d counter=%d sub=%d ticks=%d" % (
        steps, total, cn, sn, ticks)


if __name__ == '__main__':
    main()

# Stress: generators and exceptions across transaction boundaries. Each
# thread drives generators (next, send, throw, close) with try/except/
# finally inside loops, while all threads write shared objects so that
# transactions conflict and roll back in the middle of this. Each
# thread's result must equal the one the same code gives when run alone.
#
# usage: generators.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import threading

from _stress import args, check, report

NTHREADS, SIZE = args(400)


class Boom(Exception):
    pass


class Shared(object):
    pass

hot = Shared()
hot.n = 0
trail = []          # (thread, step) appended by every thread
finals = []         # finally blocks that ran, per thread


def numbers(k, n):
    """Yields 0..n-1 with the odd multiples of 5 raising inside."""
    i = 0
    while i < n:
        hot.n += 1                       # a conflict on every step
        try:
            if i % 10 == 5:
                raise Boom(i)
            yield i
        except Boom as e:
            yield -e.args[0]
        finally:
            finals.append((k, i))
        i += 1


def echo(k):
    """A coroutine: sums what it is sent, answering the running total;
    a thrown ValueError resets it; GeneratorExit is counted."""
    total = 0
    try:
        while True:
            try:
                v = yield total
                total += v
            except ValueError:
                total = 0
    except GeneratorExit:
        trail.append((k, 'closed'))
        raise


def nested(k, n):
    for i in range(n):
        for j in numbers(k, 3):
            yield (i, j)
        if i % 4 == 3:
            try:
                yield [x * 2 for x in range(i % 5)]
            finally:
                hot.n -= 1


def work(k, n):
    out = []
    # Plain iteration with exceptions caught in the loop body.
    for v in numbers(k, n):
        try:
            if v < 0:
                raise KeyError(v)
            out.append(v)
            trail.append((k, v))
        except KeyError as e:
            out.append(('key', e.args[0]))
    # send and throw.
    co = echo(k)
    co.next()
    for i in range(n):
        try:
            if i % 7 == 6:
                out.append(co.throw(ValueError))
            else:
                out.append(co.send(i))
        except StopIteration:
            out.append('stopped')
    co.close()
    # A generator abandoned half-way, then closed by hand.
    g = numbers(k, n)
    for v in g:
        if v >= n // 2:
            break
    g.close()
    out.append(('closed at', v))
    # An exception escaping the generator ends it.

    def failing():
        for i in range(n):
            yield i
            if i == n // 3:
                raise Boom('out')
    try:
        for v in failing():
            out.append(v)
    except Boom as e:
        out.append(('escaped', str(e)))
    # Nested generators with generator expressions.
    out.append(sum(1 for x in nested(k, n // 10) if x))
    out.append(list(nested(k, 2)))
    # A generator expression over a shared, unchanging list.
    out.append(sum(x * x for x in range(n) if x % 3))
    return out


# The reference: each thread's work run alone, before any thread starts.
want = [work(k, SIZE) for k in range(NTHREADS)]
want_finals = sorted(finals)
want_trail = sorted(trail)
del finals[:], trail[:]

got = [None] * NTHREADS
go = threading.Event()


def body(k):
    go.wait()
    got[k] = work(k, SIZE)

threads = [threading.Thread(target=body, args=(k,)) for k in range(NTHREADS)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()

for k in range(NTHREADS):
    if got[k] != want[k]:
        if got[k] is None:
            check(False, "thread %d: no result", k)
            continue
        for j, (a, b) in enumerate(zip(got[k], want[k])):
            if a != b:
                check(False, "thread %d: item %d is %r, want %r", k, j, a, b)
                break
        else:
            check(False, "thread %d: %d items, want %d", k, len(got[k]),
                  len(want[k]))
check(sorted(finals) == want_finals, "%d finally blocks ran, want %d",
      len(finals), len(want_finals))
check(sorted(trail) == want_trail, "trail has %d entries, want %d",
      len(trail), len(want_trail))
report("generators")

# __del__ (see README, "Deliberate differences"): pystm's garbage
# collector is a tracing one, so __del__ runs after the collector finds an
# object unreachable, not the moment its last reference goes as in
# CPython. gc.collect() finds and finalizes unreachable objects at once,
# and objects still alive when the program ends are finalized after the
# __main__ module's names are cleared, as CPython clears them.
import gc

log = []


class A(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)

a = A(1)
del a
gc.collect()
print 'after gc.collect():', log

# A cycle whose objects have __del__ is never finalized (CPython 2.7 keeps
# such cycles too, in gc.garbage).
b, c = A(2), A(3)
b.other, c.other = c, b
del b, c
gc.collect()
print 'cycle kept:', log


class Old:
    def __del__(self):
        print 'old-style __del__ ran'

Old()
gc.collect()


class Bad(object):
    def __repr__(self):
        return 'Bad()'

    def __del__(self):
        raise ValueError('boom')

# An exception in __del__ is printed on stderr and otherwise ignored.
Bad()
gc.collect()
print 'still running', gc.isenabled(), gc.collect()


class Last(object):
    def __del__(self):
        print 'finalized at exit'

last = Last()
print 'end'

# Stress: N threads make objects with __del__ while they conflict.
#
# Every object a thread made is finalized exactly once, after it became
# garbage: a transaction that aborted and ran again made its objects
# again, and the objects of the run that did not happen must not be
# finalized (their __del__ would record a tag twice). CPython finalizes
# at once (reference counting); pystm when its collector finds the
# garbage, at the latest at gc.collect().
#
# usage: finalizers.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import gc

from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(3000)

finalized = []
hits = []


class Tagged(object):
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        finalized.append(self.tag)


class OldTagged:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        finalized.append(self.tag)


def maker(k):
    for i in xrange(SIZE):
        if i % 2:
            obj = Tagged((k, i))
        else:
            obj = OldTagged((k, i))
        hits.append(k)  # every thread writes here: transactions conflict
    obj = None

run_threads(NTHREADS, maker)
gc.collect()
check(len(hits) == NTHREADS * SIZE, "%d appends", len(hits))
seen = set()
for tag in finalized:
    check(tag not in seen, "%r finalized twice", tag)
    seen.add(tag)
check(len(seen) == NTHREADS * SIZE, "%d objects finalized, want %d",
      len(seen), NTHREADS * SIZE)
report("finalizers")

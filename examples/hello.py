# A small Python 2.7 program: `pystm compile --dis examples/hello.py`
# shows its bytecode.
from __future__ import division


def mean(xs):
    return sum(xs) / len(xs)

words = "the quick brown fox jumps over the lazy dog".split()
lengths = dict((w, len(w)) for w in words)
print "mean word length: %.2f" % mean(lengths.values())
print >>open("/dev/null", "w"), `lengths`

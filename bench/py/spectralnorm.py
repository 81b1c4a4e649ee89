# spectralnorm: the spectral norm of the infinite matrix
# A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to N x N, by ten steps
# of the power method on A^T A (the Computer Language Benchmarks Game's
# problem, written for pystm's suite from its description). Float
# division, nested loops, function calls and list building.
#
# usage: spectralnorm.py [N]
# Prints the norm to nine places; never a timing.

import sys
from math import sqrt

N = 500


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) / 2 + i + 1)


def mul_a(v):
    n = len(v)
    out = []
    for i in xrange(n):
        s = 0.0
        for j in xrange(n):
            s += a(i, j) * v[j]
        out.append(s)
    return out


def mul_at(v):
    n = len(v)
    out = []
    for i in xrange(n):
        s = 0.0
        for j in xrange(n):
            s += a(j, i) * v[j]
        out.append(s)
    return out


def mul_ata(v):
    return mul_at(mul_a(v))


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    u = [1.0] * n
    for _ in range(10):
        v = mul_ata(u)
        u = mul_ata(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print "spectralnorm n=%d" % n
    print "%0.9f" % sqrt(vbv / vv)


if __name__ == '__main__':
    main()

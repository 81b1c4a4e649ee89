# fannkuch: "pancake flipping" over all permutations of 0..N-1 (the
# fannkuch-redux problem of the Computer Language Benchmarks Game, written
# for pystm's suite from its description). For each permutation, in the
# order of the counting algorithm, reverse its first perm[0]+1 items until
# perm[0] is 0; report the most flips and a checksum of flip counts with
# alternating signs. List slicing, slice assignment and small-int loops.
#
# usage: fannkuch.py [N [ROUNDS]]
# Runs the whole problem ROUNDS times; prints the checksum and the most
# flips; never a timing.

import sys

N = 9
ROUNDS = 3


def fannkuch(n):
    perm1 = range(n)
    count = [0] * n
    r = n
    checksum = 0
    most = 0
    index = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > most:
            most = flips
        if index & 1:
            checksum -= flips
        else:
            checksum += flips
        # Next permutation: rotate the first r+1 items left until a
        # counter is left with something to count.
        while True:
            if r == n:
                return checksum, most
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        index += 1


def main():
    n = N
    rounds = ROUNDS
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    if len(sys.argv) > 2:
        rounds = int(sys.argv[2])
    for _ in range(rounds):
        checksum, most = fannkuch(n)
    print "%d\nPfannkuchen(%d) = %d" % (checksum, n, most)


if __name__ == '__main__':
    main()

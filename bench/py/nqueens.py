# nqueens: every placement of N queens on an N x N board with no two
# attacking each other, found by backtracking through recursive
# generators, with the occupied columns and diagonals kept in sets.
# Generators, sets, tuples and small-int arithmetic.
#
# usage: nqueens.py [N [ROUNDS]]
# Prints the number of solutions and a checksum of them; never a timing.

import sys

N = 10
ROUNDS = 40


def solutions(n, row, cols, up, down, placed):
    """Yields every completion of placed (one column per row so far)."""
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        if c in cols or (row + c) in up or (row - c) in down:
            continue
        cols.add(c)
        up.add(row + c)
        down.add(row - c)
        placed.append(c)
        for s in solutions(n, row + 1, cols, up, down, placed):
            yield s
        placed.pop()
        down.remove(row - c)
        up.remove(row + c)
        cols.remove(c)


def check(sol):
    n = len(sol)
    for i in range(n):
        for j in range(i + 1, n):
            if sol[i] == sol[j] or abs(sol[i] - sol[j]) == j - i:
                return False
    return True


def main():
    n = N
    rounds = ROUNDS
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    if len(sys.argv) > 2:
        rounds = int(sys.argv[2])
    for _ in range(rounds):
        count = 0
        total = 0
        for sol in solutions(n, 0, set(), set(), set(), []):
            if not check(sol):
                print "nqueens: bad solution", sol
                sys.exit(1)
            count += 1
            k = 0
            for c in sol:
                k = k * n + c
            total = (total * 7 + k) % 1000000007
    print "nqueens n=%d solutions=%d check=%d" % (n, count, total)


if __name__ == '__main__':
    main()

# fib: naive doubly recursive Fibonacci numbers, a measure of the cost of
# Python-to-Python calls, integer comparison and addition.
#
# usage: fib.py [N]
# Prints fib(N) and a checksum of fib(0..20); never a timing.

import sys

N = 35


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    small = 0
    for i in range(21):
        small = small * 3 + fib(i)
    print "fib(%d)=%d small=%d" % (n, fib(n), small)


if __name__ == '__main__':
    main()

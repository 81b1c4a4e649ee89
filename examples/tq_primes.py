# TransactionQueue on a real task: count the primes below a limit.
#
# The range is cut into blocks; each block is one transaction that tests
# its numbers by trial division and stores its count. The blocks share
# nothing while they work, so under pystm they run in parallel on
# run()'s worker threads; the results are gathered in a hashtable keyed
# by block number, whose conflicts are per key.
#
#   pystm examples/tq_primes.py [LIMIT [WORKERS]]
#   PYTHONPATH=fallback python2 examples/tq_primes.py [LIMIT [WORKERS]]
import sys
import transaction

LIMIT = 60000
BLOCK = 2000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_block(results, b):
    """One transaction: the primes of block b, counted and summed."""
    start = b * BLOCK
    count = 0
    largest = 0
    for n in xrange(start, min(start + BLOCK, LIMIT)):
        if is_prime(n):
            count += 1
            largest = n
    results[b] = (count, largest)


def main():
    global LIMIT
    workers = 0                      # 0: one per segment
    if len(sys.argv) > 1:
        LIMIT = int(sys.argv[1])
    if len(sys.argv) > 2:
        workers = int(sys.argv[2])
    results = transaction.hashtable()
    tq = transaction.TransactionQueue()
    nblocks = (LIMIT + BLOCK - 1) // BLOCK
    for b in range(nblocks):
        tq.add(count_block, results, b)
    tq.run(workers)
    total = sum(results[b][0] for b in range(nblocks))
    largest = max(results[b][1] for b in range(nblocks))
    print "primes below %d: %d" % (LIMIT, total)
    print "largest: %d" % largest
    print "blocks: %d, first five counts: %s" % (
        nblocks, [results[b][0] for b in range(5)])


if __name__ == '__main__':
    main()

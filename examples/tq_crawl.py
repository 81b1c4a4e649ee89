# TransactionQueue with transactions that add transactions: a crawl of a
# made-up web of pages, and add_generator for a step-by-step job.
#
# Each visit is one transaction: it reads the page's links and queues a
# visit of every page not seen yet. A visit is queued by the one that
# found the page, so it always runs after it; visits of unrelated pages
# run side by side. The set of pages seen is an stmset (per-key
# conflicts), and each page's depth goes into an stmdict.
#
#   pystm examples/tq_crawl.py
#   PYTHONPATH=fallback python2 examples/tq_crawl.py
import transaction

PAGES = 500


def links(page):
    """The pages a page links to: a fixed, made-up web."""
    return [(page * 7 + 3) % PAGES, (page * 13 + 5) % PAGES,
            (page * page + 1) % PAGES]


seen = transaction.stmset()
depth = transaction.stmdict()
tq = transaction.TransactionQueue()


def visit(page, d):
    for target in links(page):
        if target not in seen:
            seen.add(target)
            depth[target] = d + 1
            tq.add(visit, target, d + 1)


seen.add(0)
depth[0] = 0
tq.add(visit, 0, 0)
tq.run()
# A visit may find a page that another, deeper one found first (the
# serial order is not fixed); the depth shown is the shortest, computed
# afterwards from the links.
shortest = {0: 0}
frontier = [0]
while frontier:
    nxt = []
    for p in frontier:
        for q in links(p):
            if q not in shortest:
                shortest[q] = shortest[p] + 1
                nxt.append(q)
    frontier = nxt
print "pages reached: %d of %d" % (len(seen), PAGES)
print "every page seen has a depth:", all(p in depth for p in seen)
print "depths never below the shortest:", all(
    depth[p] >= shortest[p] for p in shortest)
print "deepest page is %d links away" % max(shortest.values())

# add_generator: a job in steps. Each step (up to the next yield) is one
# transaction; two jobs' steps interleave, each job's keep their order.
log = []


def job(name, steps):
    for i in range(steps):
        log.append((name, i))
        yield


tq.add_generator(job('sort', 4))
tq.add_generator(job('merge', 3))
tq.run()
for name in ('sort', 'merge'):
    print name, [i for n, i in log if n == name]

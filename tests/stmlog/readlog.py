# readlog.py LOGFILE: an independent reader of an STM event log in
# stmgc's c7 profiling format (STM_SPEC section 5), in plain Python 2.7
# (no struct module: pystm runs it too). It checks that the records are
# whole and in time order, and prints the totals that `pystm stmlog`
# reports, in the same units:
#   real S / committed S / aborted S / paused S     (seconds, 3 decimals)
#   cpu S      (the transactions' time from start to end, and the waits
#               outside transactions: committed + aborted + paused)
#   transactions STARTED COMMITTED ABORTED
#   threads T1 T2 ...                                (in order of first event)
#   site KIND COUNT M1 | M2                          (every conflict site)
# Per thread: the time from TRANSACTION_START to TRANSACTION_COMMIT or
# _ABORT is CPU time; within it, from a WAIT_* to its WAIT_DONE is
# paused, the rest committed or aborted as the transaction ended.
import sys

HEADER = "STMGC-C7-PROF01\n"
NAMES = ["TRANSACTION_START", "TRANSACTION_COMMIT", "TRANSACTION_ABORT",
         "CONTENTION_WRITE_WRITE", "CONTENTION_WRITE_READ",
         "CONTENTION_INEVITABLE", "ABORTING_OTHER_CONTENTION",
         "WAIT_FREE_SEGMENT", "WAIT_SYNC_PAUSE", "WAIT_CONTENTION",
         "WAIT_DONE", "GC_MINOR_START", "GC_MINOR_DONE", "GC_MAJOR_START",
         "GC_MAJOR_DONE"]


def u32(data, i):
    return (ord(data[i]) | (ord(data[i + 1]) << 8) |
            (ord(data[i + 2]) << 16) | (ord(data[i + 3]) << 24))


def records(data):
    if data[:16] != HEADER:
        raise ValueError("bad header")
    i = 16
    while i < len(data):
        if i + 19 > len(data):
            raise ValueError("truncated record at byte %d" % i)
        sec = u32(data, i)
        nsec = u32(data, i + 4)
        thread = u32(data, i + 8)
        other = u32(data, i + 12)
        code = ord(data[i + 16])
        l1 = ord(data[i + 17])
        l2 = ord(data[i + 18])
        if code >= len(NAMES) or nsec >= 1000000000:
            raise ValueError("corrupt record at byte %d" % i)
        j = i + 19
        if j + l1 + l2 > len(data):
            raise ValueError("truncated markers at byte %d" % i)
        m1 = data[j:j + l1]
        m2 = data[j + l1:j + l1 + l2]
        yield sec * 1000000000 + nsec, thread, other, NAMES[code], m1, m2
        i = j + l1 + l2


def seconds(ns):
    ms = (ns + 500000) // 1000000
    return "%d.%03d" % (ms // 1000, ms % 1000)


def main(path):
    f = open(path, "rb")
    data = f.read()
    f.close()
    first = last = None
    committed = aborted = paused = 0
    started = ncommit = nabort = 0
    order = []
    start = {}     # thread -> start of its transaction under way
    tpaused = {}   # thread -> paused time in that transaction
    wait = {}      # thread -> start of its wait under way
    sites = {}
    cpu = 0        # the same time counted another way
    for t, th, other, name, m1, m2 in records(data):
        if first is None:
            first = t
        if last is not None and t < last:
            raise ValueError("records out of time order")
        last = t
        if th not in order:
            order.append(th)
        if name == "TRANSACTION_START":
            started += 1
            start[th] = t
            tpaused[th] = 0
        elif name.startswith("WAIT_") and name != "WAIT_DONE":
            if th not in wait:
                wait[th] = t
        elif name in ("WAIT_DONE", "TRANSACTION_COMMIT", "TRANSACTION_ABORT"):
            if th in wait:
                d = t - wait.pop(th)
                paused += d
                if th in start:
                    tpaused[th] += d
                else:
                    cpu += d
            if name != "WAIT_DONE" and th in start:
                cpu += t - start[th]
                run = t - start.pop(th) - tpaused[th]
                if name == "TRANSACTION_COMMIT":
                    committed += run
                    ncommit += 1
                else:
                    aborted += run
                    nabort += 1
        elif name.startswith("CONTENTION_"):
            key = (name, m1, m2)
            sites[key] = sites.get(key, 0) + 1
    if first is None:
        first = last = 0
    print "real", seconds(last - first)
    print "committed", seconds(committed)
    print "aborted", seconds(aborted)
    print "paused", seconds(paused)
    print "cpu", seconds(cpu)
    print "transactions", started, ncommit, nabort
    print "threads", " ".join([str(n) for n in order])
    for key in sorted(sites):
        print "site STM_%s %d %s | %s" % (key[0], sites[key], key[1], key[2])


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except ValueError, e:
        print "error:", e
        sys.exit(1)

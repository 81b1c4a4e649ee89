"""Helpers shared by the stress scripts of this directory (not a test).

Every script is run as `NAME.py NTHREADS [SIZE [CHECKINTERVAL]]`:
NTHREADS threads work at once; SIZE scales the work (0 or absent: the
script's default; "N%": that percentage of the default); CHECKINTERVAL,
when given, is passed to sys.setcheckinterval (in pystm it scales the
length of transactions). A script checks its own outcome against what
some serial execution allows, and prints one deterministic line per
case: "NAME: ok", or "NAME: FAIL: what went wrong".
"""

import sys
import threading


def args(default_size):
    """Returns (NTHREADS, SIZE) from the command line and applies the
    check interval."""
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    size = sys.argv[2] if len(sys.argv) > 2 else "0"
    if size.endswith("%"):
        size = max(1, default_size * int(size[:-1]) // 100)
    else:
        size = int(size) or default_size
    if len(sys.argv) > 3:
        sys.setcheckinterval(int(sys.argv[3]))
    return nthreads, size


def run_threads(n, target):
    """Runs target(k) for k in range(n), each in its own thread, all
    released at once, and waits for them all."""
    go = threading.Event()

    def body(k):
        go.wait()
        target(k)
    threads = [threading.Thread(target=body, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()


errors = []


def check(cond, fmt, *args):
    """Records a violation (at most 10 are kept) when cond is false; the
    message is formatted only then."""
    if not cond and len(errors) < 10:
        errors.append(fmt % args)


def report(name):
    """Prints the verdict on the case name and forgets its violations."""
    if errors:
        for e in errors:
            print "%s: FAIL: %s" % (name, e)
    else:
        print "%s: ok" % name
    del errors[:]

# Stress: inevitable work (file I/O, print, time.time()) in every thread's
# loop. The run must finish (no deadlock between the inevitable
# transactions), and what was written is whole: reading the file back
# gives every line exactly once, none cut or mixed with another.
#
# usage: inevitable.py NTHREADS [SIZE [CHECKINTERVAL]] (see _stress.py)

import os
import time

from _stress import args, check, report, run_threads

NTHREADS, SIZE = args(1000)

TMP = os.environ.get('TMPDIR') or '/tmp'
PATH = os.path.join(TMP, 'pystm-stress-%d.txt' % os.getpid())


def line(k, i):
    # Lines of different lengths, long enough to span buffer boundaries
    # now and then.
    return "T%d %d %s|\n" % (k, i, "xyz" * (1 + (i * 7 + k) % 40))


def check_lines(data, want_pairs):
    seen = {}
    for n, ln in enumerate(data.split("\n")[:-1]):
        parts = ln.split(" ")
        ok = (len(parts) == 3 and parts[0][:1] == "T" and
              parts[2].endswith("|"))
        if ok:
            try:
                k, i = int(parts[0][1:]), int(parts[1])
            except ValueError:
                ok = False
        if ok:
            ok = line(k, i) == ln + "\n"
        check(ok, "line %d is cut or mixed: %r", n + 1, ln[:80])
        if ok:
            check((k, i) not in seen, "line %r written twice", ln[:20])
            seen[(k, i)] = n
    check(data.endswith("\n") or data == "", "last line cut")
    check(sorted(seen) == want_pairs, "%d distinct lines, want %d",
          len(seen), len(want_pairs))
    return seen


ALL = sorted((k, i) for k in range(NTHREADS) for i in range(SIZE))

# --- f.write of whole lines to one shared file, with time.time() ------------

f = open(PATH, "w")
t0 = time.time()
stamps = [None] * NTHREADS


def writer(k):
    mine = []
    for i in xrange(SIZE):
        f.write(line(k, i))
        if i % 10 == 0:
            mine.append(time.time())
        if i % 100 == 0:
            f.flush()
    stamps[k] = mine

run_threads(NTHREADS, writer)
t1 = time.time()
f.close()
with open(PATH) as f:
    seen = check_lines(f.read(), ALL)
# Each thread's lines appear in the order it wrote them.
for k in range(NTHREADS):
    pos = [seen.get((k, i), -1) for i in range(SIZE)]
    check(pos == sorted(pos), "thread %d's lines out of order", k)
for k, mine in enumerate(stamps):
    check(all(t0 <= s <= t1 for s in mine), "thread %d: time outside run", k)
    check(mine == sorted(mine), "thread %d: time went back", k)
report("write")

# --- print >>f of whole lines, and writelines -------------------------------

f = open(PATH, "w")


def printer(k):
    for i in xrange(SIZE):
        if i % 2:
            f.writelines([line(k, i)])
        else:
            # One item: print writes the text, then the newline, as two
            # steps; a line of another thread may fall in between, so
            # only what is written whole is checked below.
            print >>f, line(k, i)[:-1]

run_threads(NTHREADS, printer)
f.close()
with open(PATH) as f:
    data = f.read()
# Reassemble: every token "T<k> <i> <payload>|" must be present once; a
# print's newline may come later, so look at the pieces, not the lines.
pieces = data.replace("|", "|\n").split()
check(len(pieces) == 3 * NTHREADS * SIZE, "%d words, want %d", len(pieces),
      3 * NTHREADS * SIZE)
got = []
for j in range(0, len(pieces) - 2, 3):
    try:
        k, i = int(pieces[j][1:]), int(pieces[j + 1])
    except ValueError:
        check(False, "mixed words at %d: %r", j, pieces[j:j + 3])
        continue
    check(line(k, i) == " ".join(pieces[j:j + 3]) + "\n",
          "mixed words at %d: %r", j, pieces[j:j + 3])
    got.append((k, i))
got.sort()
check(got == ALL, "%d pieces, want %d", len(got), len(ALL))
# Each print and each writelines line ends with one newline.
check(data.count("\n") == NTHREADS * SIZE, "%d newlines, want %d",
      data.count("\n"), NTHREADS * SIZE)
report("print")

# --- one file per thread, opened, appended to and closed in the loop -------

paths = [PATH + ".%d" % k for k in range(NTHREADS)]
for p in paths:
    open(p, "w").close()


def appender(k):
    for i in xrange(SIZE // 10):
        with open(paths[k], "a") as g:
            g.write(line(k, i))
        os.stat(paths[k])

run_threads(NTHREADS, appender)
for k, p in enumerate(paths):
    with open(p) as g:
        check_lines(g.read(), [(k, i) for i in range(SIZE // 10)])
    os.remove(p)
report("append files")

# --- os.write to one descriptor --------------------------------------------

fd = os.open(PATH, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)


def oswriter(k):
    for i in xrange(SIZE):
        os.write(fd, line(k, i))

run_threads(NTHREADS, oswriter)
os.close(fd)
with open(PATH) as f:
    check_lines(f.read(), ALL)
report("os.write")

os.remove(PATH)

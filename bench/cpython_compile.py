# Times CPython 2.7's compile() over a list of files, as pystm's
# BenchmarkFrontEnd times compile.Compile over the same list.
# Usage: python2 cpython_compile.py STDLIBDIR LISTOUT
# Writes the files CPython compiles to LISTOUT (one path a line) and
# prints "lines/s N" for the best of several rounds.
import os, sys, time

root, listout = sys.argv[1], sys.argv[2]
paths = []
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x != 'site-packages')
    for f in sorted(files):
        if f.endswith('.py'):
            paths.append(os.path.join(d, f))
srcs = []
for p in paths:
    with open(p, 'rb') as fh:
        src = fh.read()
    try:
        compile(src, p, 'exec')
    except (SyntaxError, TypeError, ValueError):
        continue
    srcs.append((p, src))
with open(listout, 'w') as fh:
    for p, _ in srcs:
        fh.write(p + '\n')
lines = sum(s.count('\n') for _, s in srcs)
best = None
for _ in range(3):
    t0 = time.time()
    for p, s in srcs:
        compile(s, p, 'exec')
    dt = time.time() - t0
    best = dt if best is None or dt < best else best
print 'files %d' % len(srcs)
print 'lines %d' % lines
print 'lines/s %.0f' % (lines / best)

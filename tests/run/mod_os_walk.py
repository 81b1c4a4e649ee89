# os.walk over a small tree made for the test; listings are sorted.
import os

base = os.path.join(os.environ.get('TMPDIR') or '/tmp', 'pystm_os_walk_%d' % os.getpid())

def touch(p, data=''):
    f = open(p, 'w')
    f.write(data)
    f.close()

os.makedirs(os.path.join(base, 'a', 'aa'))
os.makedirs(os.path.join(base, 'b'))
os.mkdir(os.path.join(base, 'c'))
touch(os.path.join(base, 'top.txt'), 'top')
touch(os.path.join(base, 'a', 'one.py'), 'print 1\n')
touch(os.path.join(base, 'a', 'aa', 'deep.txt'), 'deep deep')
touch(os.path.join(base, 'b', 'x'))
touch(os.path.join(base, 'b', 'y'), 'yy')

def rel(p):
    r = os.path.relpath(p, base)
    return r

def show(top, **kw):
    out = []
    for dirpath, dirnames, filenames in os.walk(top, **kw):
        dirnames.sort()
        out.append((rel(dirpath), sorted(dirnames), sorted(filenames)))
    return out

for entry in sorted(show(base)):
    print entry
print '--- topdown=False'
order = []
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    order.append(rel(dirpath))
# bottom-up: every folder comes after all its subfolders
print all(order.index(os.path.dirname(p) or '.') > order.index(p) for p in order if p != '.')
print sorted(order)
print '--- pruning'
seen = []
for dirpath, dirnames, filenames in os.walk(base):
    if 'a' in dirnames:
        dirnames.remove('a')
    seen.append(rel(dirpath))
print sorted(seen)
print '--- sizes'
total = 0
for dirpath, dirnames, filenames in os.walk(base):
    for f in filenames:
        total += os.path.getsize(os.path.join(dirpath, f))
print total
print '--- missing top'
print list(os.walk(os.path.join(base, 'missing')))
errors = []
list(os.walk(os.path.join(base, 'missing'), onerror=lambda e: errors.append(e.errno)))
print errors

for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for f in filenames:
        os.remove(os.path.join(dirpath, f))
    for d in dirnames:
        os.rmdir(os.path.join(dirpath, d))
os.rmdir(base)
print os.path.exists(base)

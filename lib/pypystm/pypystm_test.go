package pypystm_test

import (
	"strings"
	"testing"

	"github.com/pystm/pystm/stm"
)

// runPy runs src as the main script t.py of a fresh interpreter.
func runPy(t *testing.T, src string) (string, int) { return runPython(t, "t.py", src) }

// expect runs src and checks that it exits 0 printing want.
func expect(t *testing.T, src, want string) {
	t.Helper()
	got, status := runPy(t, src)
	if status != 0 || got != want {
		t.Errorf("status %d, output:\n%s\nwant:\n%s", status, got, want)
	}
}

func TestAtomicNesting(t *testing.T) {
	expect(t, `import pypystm
print pypystm.is_atomic()
with pypystm.atomic:
    print pypystm.is_atomic()
    with pypystm.atomic:
        print pypystm.is_atomic()
    try:
        with pypystm.exclusive_atomic:
            pass
    except pypystm.error as e:
        print e
    print pypystm.is_atomic()
print pypystm.is_atomic()
with pypystm.exclusive_atomic:
    print pypystm.is_atomic()
with pypystm.single_transaction:
    print pypystm.is_atomic()
try:
    pypystm.atomic.__exit__(None, None, None)
except pypystm.error as e:
    print e
print pypystm.error is __import__('thread').error, pypystm.local is __import__('thread')._local
def f():
    with pypystm.atomic:
        raise ValueError('x')
try:
    f()
except ValueError:
    print 'after raise', pypystm.is_atomic()
`, `0
1
2
exclusive_atomic block can't be entered inside another atomic block
1
0
1
1
atomic.__exit__(): more exits than enters
True True
after raise 0
`)
}

func TestMisc(t *testing.T) {
	expect(t, `import pypystm, time
a = pypystm.count(); b = pypystm.count()
print b - a, type(a)
print pypystm.getsegmentlimit() >= 1
n = pypystm.getsegmentlimit()
pypystm.setsegmentlimit(1)
print pypystm.getsegmentlimit()
pypystm.setsegmentlimit(n)
try:
    pypystm.setsegmentlimit(0)
except ValueError as e:
    print e
print abs(pypystm.time() - time.time()) < 5, pypystm.clock() >= 0
pypystm.hint_commit_soon()
try:
    pypystm.is_atomic(1)
except TypeError as e:
    print e
`, `1 <type 'int'>
True
1
setsegmentlimit(): the limit must be at least 1
True True
is_atomic() takes no arguments (1 given)
`)
}

func TestQueue(t *testing.T) {
	expect(t, `import pypystm
q = pypystm.queue()
for i in range(5):
    q.put(i)
print sorted(q.get() for i in range(5))
for args in [dict(block=False), dict(timeout=0.01), dict(block=0, timeout=5)]:
    try:
        q.get(**args)
    except pypystm.Empty as e:
        print 'Empty', repr(e), issubclass(pypystm.Empty, Exception)
try:
    q.get(timeout=-1)
except ValueError as e:
    print e
with pypystm.atomic:
    q.put(7)
    print q.get(block=False)
    try:
        q.get()
    except pypystm.error as e:
        print e
for i in range(6):
    q.task_done()
q.join()
q.task_done()
try:
    q.join()
except ValueError as e:
    print e
`, `[0, 1, 2, 3, 4]
Empty Empty() True
Empty Empty() True
Empty Empty() True
'timeout' must be a non-negative number
7
can't use queue.get(block=True) in an atomic context
task_done() called too many times (1 more than there were items placed in the queue)
`)
}

// TestQueueThreads hands items between threads through a queue: every
// item comes out once, whatever the interleaving and the aborts.
func TestQueueThreads(t *testing.T) {
	expect(t, `import pypystm, threading
q = pypystm.queue()
out = pypystm.queue()
def work():
    while True:
        x = q.get()
        if x is None:
            break
        out.put(x * x)
        q.task_done()
ts = [threading.Thread(target=work) for i in range(4)]
for t in ts: t.start()
for i in range(2000): q.put(i)
q.join()
for t in ts: q.put(None)
for t in ts: t.join()
got = []
while True:
    try:
        got.append(out.get(block=False))
    except pypystm.Empty:
        break
print len(got), sorted(got) == [i * i for i in range(2000)]
`, "2000 True\n")
}

// TestAtomicNeverBroken checks that no other thread sees the middle of
// an atomic block: one thread appends two items per block, with work in
// between; the other never sees an odd length.
func TestAtomicNeverBroken(t *testing.T) {
	expect(t, `import pypystm, threading
lst = []
odd = [0]
done = []
def writer():
    for i in range(100):
        with pypystm.atomic:
            lst.append(i)
            x = 0
            for j in range(20000):
                x += j
            lst.append(x)
    done.append(1)
def reader():
    while not done:
        if len(lst) % 2:
            odd[0] += 1
ts = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in ts: t.start()
for t in ts: t.join()
print len(lst), odd[0], pypystm.is_atomic()
`, "200 0 0\n")
}

// TestAtomicConflicts runs atomic blocks that conflict: aborts re-run
// them, and reset the nesting, and no update is lost.
func TestAtomicConflicts(t *testing.T) {
	expect(t, `import pypystm, threading
c = [0]
bad = []
def work():
    for i in range(2000):
        with pypystm.atomic:
            if pypystm.is_atomic() != 1:
                bad.append(pypystm.is_atomic())
            c[0] += 1
            with pypystm.atomic:
                c[0] += 1
ts = [threading.Thread(target=work) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print c[0], bad
`, "16000 []\n")
}

// TestLockElision checks lock semantics under elision, and that threads
// taking one lock for disjoint data conflict far less often than they
// take it.
func TestLockElision(t *testing.T) {
	expect(t, `import threading, thread
l = threading.Lock()
with l:
    print l.locked(), l.acquire(False)
print l.locked()
try:
    l.release()
except thread.error as e:
    print e
`, "True False\nFalse\nrelease unlocked lock\n")

	before := stm.Stats()
	expect(t, `import threading
lock = threading.Lock()
total = [0]
class Box(object):
    pass
def work(n):
    b = Box()
    b.v = 0
    for i in range(20000):
        with lock:
            b.v += 1
    with lock:
        total[0] += b.v
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print total[0], lock.locked()
`, "40000 False\n")
	after := stm.Stats()
	conflicts := after.WriteWrite + after.WriteRead - before.WriteWrite - before.WriteRead
	commits := after.Commits - before.Commits
	// Without elision every transaction that takes the lock conflicts
	// with the other thread's (about one in six aborts, measured).
	if conflicts*10 > commits {
		t.Errorf("%d conflicts in %d transactions", conflicts, commits)
	}
}

// TestElisionMaterializes checks that a lock taken by elision is taken
// for real when the transaction must end inside the section (a sleep),
// so that another thread waits for it.
func TestElisionMaterializes(t *testing.T) {
	got, status := runPy(t, `import threading, time
lock = threading.Lock()
log = []
def holder():
    with lock:
        log.append('in')
        time.sleep(0.05)
        log.append('out')
def taker():
    while not log:
        pass
    with lock:
        log.append('taker')
a = threading.Thread(target=holder)
b = threading.Thread(target=taker)
a.start(); b.start(); a.join(); b.join()
print log
`)
	if status != 0 || strings.TrimSpace(got) != "['in', 'out', 'taker']" {
		t.Errorf("status %d, output %q", status, got)
	}
}

// TestAtomicPrint prints two lines per atomic block from several
// threads: the block turns inevitable at its first print, and no other
// thread's line comes between the two.
func TestAtomicPrint(t *testing.T) {
	got, status := runPy(t, `import pypystm, threading
def work(k):
    for i in range(20):
        with pypystm.atomic:
            print 'first', k, i
            x = 0
            for j in range(20000):
                x += j
            print 'second', k, i
ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
`)
	if status != 0 {
		t.Fatalf("status %d, output %q", status, got)
	}
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 120 {
		t.Fatalf("%d lines", len(lines))
	}
	for i := 0; i < len(lines); i += 2 {
		a, b := strings.Fields(lines[i]), strings.Fields(lines[i+1])
		if len(a) != 3 || len(b) != 3 || a[0] != "first" || b[0] != "second" || a[1] != b[1] || a[2] != b[2] {
			t.Fatalf("lines %d-%d: %q, %q", i+1, i+2, lines[i], lines[i+1])
		}
	}
}

// TestWaitsInsideAtomic checks the waits an atomic block allows: a join
// of a thread still running would wait for a thread that cannot commit
// meanwhile, and raises thread.error; a join with a timeout waits it out.
func TestWaitsInsideAtomic(t *testing.T) {
	expect(t, `import threading, thread, time, pypystm
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
try:
    with pypystm.atomic:
        t.join()
    print "joined"
except thread.error as e:
    print "thread.error:", e
with pypystm.atomic:
    t.join(0.01)
print t.is_alive()
ev.set()
t.join()
print t.is_alive()
`, "thread.error: cannot wait for a lock inside an atomic block\nTrue\nFalse\n")
}

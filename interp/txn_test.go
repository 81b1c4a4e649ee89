package interp_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/pystm/pystm/internal/pyrun"
	"github.com/pystm/pystm/stm"
)

// runPython runs src as the main script of a fresh interpreter and
// returns its output and exit status.
func runPython(t *testing.T, name, src string) (string, int) { return pyrun.Run(t, name, src) }

// contended makes threads write one list element and read a shared
// dict in loops: they conflict all the time. Every update is made under
// the GIL semantics, so none is lost.
const contended = `import threading
shared = [0]
seen = {}
def work(n):
    for i in range(3000):
        shared[0] += 1
        seen[n] = seen.get(n, 0) + 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print shared[0], sorted(seen.items())
`

// TestConflictEvents checks that conflicts are reported as events that
// name both threads, the time lost and a Python location for each side.
func TestConflictEvents(t *testing.T) {
	var mu sync.Mutex
	var events []stm.Event
	stm.SetEventHandler(func(e *stm.Event) {
		if e.Kind.IsContention() {
			mu.Lock()
			events = append(events, *e)
			mu.Unlock()
		}
	})
	defer stm.SetEventHandler(nil)
	for try := 0; try < 20; try++ {
		out, status := runPython(t, "conflict.py", contended)
		if status != 0 || out != "12000 [(0, 3000), (1, 3000), (2, 3000), (3, 3000)]\n" {
			t.Fatalf("status %d, output %q", status, out)
		}
		mu.Lock()
		found := false
		for _, e := range events {
			if e.Self != nil && e.OtherMarker != nil && strings.Contains(e.Self.String(), "conflict.py") &&
				strings.Contains(e.OtherMarker.String(), "conflict.py") {
				found = true
			}
		}
		mu.Unlock()
		if found {
			break
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(events) == 0 {
		t.Skip("no conflict happened in 20 runs (a single core?)")
	}
	var located, timed bool
	wellFormed := func(m string) bool {
		return strings.HasPrefix(m, `File "`) && strings.Contains(m, `", line `) && strings.Contains(m, ", in ")
	}
	for _, e := range events {
		if e.Thread == 0 || e.Other == 0 || e.Thread == e.Other {
			t.Errorf("%v between threads %d and %d", e.Kind, e.Thread, e.Other)
		}
		if e.Kind != stm.ContentionInevitable && e.Lost > 0 {
			timed = true
		}
		if e.Self != nil && !wellFormed(e.Self.String()) {
			t.Errorf("marker %q", e.Self.String())
		}
		if e.OtherMarker != nil && !wellFormed(e.OtherMarker.String()) {
			t.Errorf("other marker %q", e.OtherMarker.String())
		}
		if e.Self != nil && e.OtherMarker != nil &&
			strings.HasPrefix(e.Self.String(), `File "conflict.py", line `) && strings.HasSuffix(e.Self.String(), ", in work") &&
			strings.HasPrefix(e.OtherMarker.String(), `File "conflict.py", line `) {
			located = true
		}
	}
	if !located {
		t.Errorf("no event of %d names both locations", len(events))
	}
	if !timed {
		t.Errorf("no event of %d reports lost time", len(events))
	}
}

// rewinding exercises frames that a transaction touches after it began:
// returns into callers, generators resumed, exceptions unwinding, all
// re-run when transactions abort. Its output does not depend on the
// interleaving.
const rewinding = `import threading
box = [0]
def gen(n):
    for i in range(n):
        try:
            if i % 7 == 3:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -e.args[0]
def inner(x):
    box[0] += 1
    return x * 2
def work(k, out):
    total = 0
    for v in gen(2000):
        try:
            total += inner(v)
            if v % 11 == 0:
                raise KeyError(v)
        except KeyError:
            total -= 1
    out[k] = total
out = {}
ts = [threading.Thread(target=work, args=(k, out)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print sorted(out.values()), box[0]
`

// TestRewind checks that transactions that abort are re-run to the same
// result, whatever frames they touched.
func TestRewind(t *testing.T) {
	want := ""
	for i := 0; i < 5; i++ {
		out, status := runPython(t, "rewind.py", rewinding)
		if status != 0 {
			t.Fatalf("status %d, output %q", status, out)
		}
		if want == "" {
			want = out
			if !strings.HasSuffix(want, " 8000\n") {
				t.Fatalf("output %q", out)
			}
		} else if out != want {
			t.Fatalf("run %d printed %q, run 0 %q", i, out, want)
		}
	}
}

// TestCheckIntervalScalesTransactions checks that sys.setcheckinterval
// scales the length of transactions: a larger interval makes fewer.
// Each thread writes a list of its own, so that its transactions are not
// read-only (stm counts only the commits that publish writes) and never
// conflict.
func TestCheckIntervalScalesTransactions(t *testing.T) {
	const prog = `import sys, threading
sys.setcheckinterval(%s)
def work():
    x = [0]
    for i in range(20000):
        x[0] += i
ts = [threading.Thread(target=work) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`
	commits := func(ci string) uint64 {
		before := stm.Stats().Commits
		if out, status := runPython(t, "ci.py", strings.Replace(prog, "%s", ci, 1)); status != 0 {
			t.Fatalf("status %d, output %q", status, out)
		}
		return stm.Stats().Commits - before
	}
	short, long := commits("10"), commits("10000")
	if short < long+40 {
		t.Errorf("%d commits with a check interval of 10, %d with 10000", short, long)
	}
}

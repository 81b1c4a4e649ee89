package tests

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pystm/pystm/stm"
	"github.com/pystm/pystm/stmlog"
)

// The tests of PYPYSTM=logfile and `pystm stmlog` run the programs of
// stmlog/ (two threads with known conflicts) with logging on and read
// their logs with pystm stmlog and with stmlog/readlog.py, a reader
// written from the format alone.

// runPystm runs bin with args in dir and the extra environment env; it
// returns what it printed and its exit status.
func runPystm(t *testing.T, bin, dir string, env []string, args ...string) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") && !strings.HasPrefix(kv, "PYPYSTM=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running pystm %v: %v", args, err)
		}
		status = ee.ExitCode()
	}
	return runResult{stdout.String(), stderr.String(), status}
}

// loggedRun runs stmlog/SCRIPT with args under PYPYSTM and returns the
// log's path; it skips the test when the script says SKIP.
func loggedRun(t *testing.T, bin string, args ...string) string {
	t.Helper()
	log := filepath.Join(t.TempDir(), "log")
	dir, _ := filepath.Abs("stmlog")
	r := runPystm(t, bin, dir, []string{"PYPYSTM=" + log}, args...)
	if strings.HasPrefix(r.stdout, "SKIP:") {
		t.Skip(strings.TrimSpace(r.stdout))
	}
	if r.status != 0 {
		t.Fatalf("pystm %v: status %d\n%s%s", args, r.status, r.stdout, r.stderr)
	}
	checkLog(t, log)
	return log
}

// A siteReport is one conflict site of the report.
type siteReport struct {
	abort, paused string
	count         int
	kind          string
	lines         []string // the markers and source lines, as printed
	timeline      string
}

type stmReport struct {
	totals map[string]string // "real", "cpu", "committed", "aborted", "paused"
	tx     string            // "N started, N committed, N aborted"
	sites  []siteReport
}

var (
	reportTotalRE = regexp.MustCompile(`^(Total real time|Total CPU time in STM mode|  committed|  aborted|  paused):\s+(\d+\.\d{3})s`)
	reportSiteRE  = regexp.MustCompile(`^(\S+)s lost in aborts, (\S+)s paused \((\d+)x (STM_\w+)\)$`)
	reportTxRE    = regexp.MustCompile(`^Transactions:\s+(.*)$`)
)

// stmlogReport runs `pystm stmlog LOG N` and parses what it prints.
func stmlogReport(t *testing.T, bin, log string, n int) stmReport {
	t.Helper()
	dir, _ := filepath.Abs("stmlog") // where the markers' file names are
	r := runPystm(t, bin, dir, nil, "stmlog", log, strconv.Itoa(n))
	if r.status != 0 || r.stderr != "" {
		t.Fatalf("pystm stmlog: status %d\n%s%s", r.status, r.stdout, r.stderr)
	}
	return parseReport(t, r.stdout)
}

func parseReport(t *testing.T, out string) stmReport {
	t.Helper()
	names := map[string]string{"Total real time": "real", "Total CPU time in STM mode": "cpu",
		"  committed": "committed", "  aborted": "aborted", "  paused": "paused"}
	rep := stmReport{totals: map[string]string{}}
	for _, l := range strings.Split(out, "\n") {
		if m := reportTotalRE.FindStringSubmatch(l); m != nil {
			rep.totals[names[m[1]]] = m[2]
		} else if m := reportTxRE.FindStringSubmatch(l); m != nil {
			rep.tx = m[1]
		} else if m := reportSiteRE.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[3])
			rep.sites = append(rep.sites, siteReport{abort: m[1], paused: m[2], count: n, kind: m[4]})
		} else if strings.HasPrefix(l, "time line: |") && len(rep.sites) > 0 {
			rep.sites[len(rep.sites)-1].timeline = l
		} else if strings.HasPrefix(l, "  ") && len(rep.sites) > 0 {
			s := &rep.sites[len(rep.sites)-1]
			s.lines = append(s.lines, strings.TrimRight(l, " "))
		}
	}
	if len(rep.totals) != 5 || rep.tx == "" {
		t.Fatalf("report without its totals:\n%s", out)
	}
	return rep
}

// readLog runs stmlog/readlog.py on log (with pystm itself) and returns
// its lines by first word; the sites' lines under "site".
func readLog(t *testing.T, bin, log string) map[string][]string {
	t.Helper()
	dir, _ := filepath.Abs("stmlog")
	r := runPystm(t, bin, dir, nil, "readlog.py", log)
	if r.status != 0 {
		t.Fatalf("readlog.py: status %d\n%s%s", r.status, r.stdout, r.stderr)
	}
	got := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		k, v, _ := strings.Cut(l, " ")
		got[k] = append(got[k], v)
	}
	return got
}

// siteCount is how many contention events of readlog's sites name the
// given line of a script in their first marker.
func siteCount(sites []string, script string, line int) int {
	n := 0
	loc := script + `", line ` + strconv.Itoa(line) + ","
	for _, s := range sites {
		f := strings.Fields(s)
		if len(f) >= 3 && strings.Contains(s, loc) {
			c, _ := strconv.Atoi(f[1])
			if i := strings.Index(s, " | "); i >= 0 && strings.Contains(s[:i], loc) {
				n += c
			}
		}
	}
	return n
}

// sameTotals checks that readlog.py's totals are the report's.
func sameTotals(t *testing.T, rep stmReport, rl map[string][]string) {
	t.Helper()
	for _, k := range []string{"real", "committed", "aborted", "paused", "cpu"} {
		if len(rl[k]) != 1 || rl[k][0] != rep.totals[k] {
			t.Errorf("%s: readlog.py says %v, pystm stmlog %s", k, rl[k], rep.totals[k])
		}
	}
	tx, _, _ := strings.Cut(rep.tx, ";")
	want := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(tx, " started", ""), " committed", ""), " aborted", "")
	want = strings.ReplaceAll(want, ",", "")
	if len(rl["transactions"]) != 1 || rl["transactions"][0] != want {
		t.Errorf("transactions: readlog.py says %v, pystm stmlog %q", rl["transactions"], rep.tx)
	}
	// committed + aborted + paused is the CPU time (to the rounding of
	// the three figures).
	ms := func(s string) int64 {
		v, _ := strconv.ParseFloat(s, 64)
		return int64(v*1000 + 0.5)
	}
	sum := ms(rep.totals["committed"]) + ms(rep.totals["aborted"]) + ms(rep.totals["paused"])
	if d := sum - ms(rep.totals["cpu"]); d < -2 || d > 2 {
		t.Errorf("committed + aborted + paused = %dms, CPU time %sms", sum, rep.totals["cpu"])
	}
}

func TestStmlogSharedAttribute(t *testing.T) {
	bin := pystmBinary(t)
	log := loggedRun(t, bin, "attr.py", "shared", "300000")
	rep := stmlogReport(t, bin, log, 3)
	if len(rep.sites) == 0 {
		t.Fatalf("no conflict sites")
	}
	// The top site is at the line, and the write-write conflict there,
	// with many events, is the busiest site and one of the top two (a
	// few write-read aborts of the same line may lose more time on a
	// busy machine).
	want := []string{`  File "attr.py", line 28, in work`, "    obj.a += 1"}
	if top := rep.sites[0]; len(top.lines) < 2 || top.lines[0] != want[0] || top.lines[1] != want[1] {
		t.Errorf("top site %s at\n%s\nwant %q / %q", top.kind, strings.Join(top.lines, "\n"), want[0], want[1])
	}
	var ww *siteReport
	most := 0
	for i, s := range rep.sites {
		most = max(most, s.count)
		if i < 2 && s.kind == "STM_CONTENTION_WRITE_WRITE" && len(s.lines) == 4 && s.lines[0] == want[0] &&
			s.lines[1] == want[1] && s.lines[2] == want[0] && s.lines[3] == want[1] {
			ww = &rep.sites[i]
		}
	}
	if ww == nil {
		t.Fatalf("no STM_CONTENTION_WRITE_WRITE site at line 28 among the top two: %+v", rep.sites)
	}
	if ww.count < 20 || ww.count < most {
		t.Errorf("the write-write site has %d events (the busiest site %d), want many", ww.count, most)
	}
	if len(ww.timeline) != len("time line: |")+stmlog.TimelineWidth+1 || strings.TrimSpace(ww.timeline[12:72]) == "" {
		t.Errorf("time line %q", ww.timeline)
	}
	rl := readLog(t, bin, log)
	sameTotals(t, rep, rl)
	shared := siteCount(rl["site"], "attr.py", 28)
	if shared < ww.count {
		t.Errorf("readlog.py counts %d events at line 28, the write-write site alone %d", shared, ww.count)
	}

	// The same on objects of each thread's own: almost no conflicts.
	log = loggedRun(t, bin, "attr.py", "private", "300000")
	rl = readLog(t, bin, log)
	private := siteCount(rl["site"], "attr.py", 28)
	if private*10 > shared {
		t.Errorf("%d conflicts at line 28 with private objects, %d with a shared one", private, shared)
	}
	sameTotals(t, stmlogReport(t, bin, log, 3), rl)
}

func TestStmlogDicts(t *testing.T) {
	bin := pystmBinary(t)
	log := loggedRun(t, bin, "dicts.py", "dict", "200000")
	rl := readLog(t, bin, log)
	plain := siteCount(rl["site"], "dicts.py", 26)
	if plain < 20 {
		t.Errorf("%d conflicts at line 26 on a shared dict, want many", plain)
	}
	rep := stmlogReport(t, bin, log, 1)
	if len(rep.sites) != 1 || !strings.Contains(strings.Join(rep.sites[0].lines, "\n"), "d[me * 4 + i % 4] = i") {
		t.Errorf("top site %+v, want the dict's write", rep.sites)
	}
	t.Run("stmdict", func(t *testing.T) {
		log := loggedRun(t, bin, "dicts.py", "stmdict", "200000")
		rl := readLog(t, bin, log)
		if n := siteCount(rl["site"], "dicts.py", 26); n*10 > plain {
			t.Errorf("%d conflicts at line 26 on a stmdict with disjoint keys, %d on a dict", n, plain)
		}
	})
}

func TestStmlogPrintInAtomic(t *testing.T) {
	bin := pystmBinary(t)
	log := loggedRun(t, bin, "printatomic.py", "1000")
	rep := stmlogReport(t, bin, log, 10)
	found := false
	for _, s := range rep.sites {
		if s.kind == "STM_CONTENTION_INEVITABLE" && s.paused != "0.000" {
			found = true
		}
	}
	if !found {
		t.Errorf("no STM_CONTENTION_INEVITABLE site with time paused in %+v", rep.sites)
	}
}

// checkLog reads log with stmlog.Reader and checks what the format
// promises (STM_SPEC §5): records in time order; every WAIT_* closed by
// a WAIT_DONE before anything else of its thread; after a contention
// event, its thread aborts another, aborts, or waits. It returns the
// records.
func checkLog(t *testing.T, log string) []stmlog.Record {
	t.Helper()
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	r, err := stmlog.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var recs []stmlog.Record
	type threadShape struct{ contention, waiting bool }
	shape := map[uint32]threadShape{}
	last := int64(0)
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.Time < last {
			t.Fatalf("records out of time order at byte %d", r.Offset())
		}
		last = rec.Time
		recs = append(recs, rec)
		st := shape[rec.Thread]
		k := rec.Kind
		if st.contention && k != stm.AbortingOtherContention && k != stm.TransactionAbort && k != stm.WaitContention {
			t.Errorf("thread %d: %v after a contention event (byte %d)", rec.Thread, k, r.Offset())
		}
		if st.waiting && k != stm.WaitDone {
			t.Errorf("thread %d: %v in a wait (byte %d)", rec.Thread, k, r.Offset())
		}
		st.contention = k.IsContention()
		switch {
		case k >= stm.WaitFreeSegment && k <= stm.WaitContention:
			st.waiting = true
		case k == stm.WaitDone:
			st.waiting = false
		}
		shape[rec.Thread] = st
	}
	return recs
}

// TestStmlogThreadNumbers checks the log's thread numbers: the main
// thread 1, the others 2, 3 in the order they started.
func TestStmlogThreadNumbers(t *testing.T) {
	bin := pystmBinary(t)
	log := loggedRun(t, bin, "order.py", "200000")
	threads := map[uint32]bool{}
	seen := map[string]bool{}
	for _, rec := range checkLog(t, log) {
		threads[rec.Thread] = true
		// Whose location the first marker is: the thread's own for a
		// write-write conflict and the abort of another it caused, the
		// other thread's for a write-read one (its write).
		var whose uint32
		switch rec.Kind {
		case stm.ContentionWriteWrite, stm.AbortingOtherContention:
			whose = rec.Thread
		case stm.ContentionWriteRead:
			whose = rec.Other
		default:
			continue
		}
		for fn, want := range map[string]uint32{"in first": 2, "in second": 3} {
			if strings.HasSuffix(rec.M1, fn) && whose != 0 {
				seen[fn] = true
				if whose != want {
					t.Errorf("%v event on thread %d (other %d): %s() is on thread %d, want %d", rec.Kind, rec.Thread, rec.Other, fn[3:], whose, want)
				}
			}
		}
	}
	if len(threads) != 3 || !threads[1] || !threads[2] || !threads[3] {
		t.Errorf("threads %v, want 1, 2 and 3", threads)
	}
	if !seen["in first"] && !seen["in second"] {
		t.Errorf("no conflict in first() or second()")
	}
}

func TestStmlogErrors(t *testing.T) {
	bin := pystmBinary(t)
	dir := t.TempDir()
	r := runPystm(t, bin, dir, []string{"PYPYSTM=" + filepath.Join(dir, "no", "such", "log")}, "-c", "print 1")
	if r.status != 2 || r.stdout != "" || !strings.Contains(r.stderr, "PYPYSTM") || !strings.Contains(r.stderr, "no such file or directory") {
		t.Errorf("unwritable log: status %d, stdout %q, stderr %q", r.status, r.stdout, r.stderr)
	}

	log := loggedRun(t, bin, "attr.py", "shared", "20000")
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	// Cut in the middle of a record past the log's half.
	lr, err := stmlog.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for lr.Offset() < int64(len(data)/2) {
		if _, err := lr.Next(); err != nil {
			t.Fatal(err)
		}
	}
	cut := filepath.Join(dir, "cut")
	os.WriteFile(cut, data[:lr.Offset()+5], 0o644)
	r = runPystm(t, bin, ".", nil, "stmlog", cut)
	if r.status != 1 || !strings.Contains(r.stderr, "cut short or corrupt") || !strings.Contains(r.stdout, "Total real time:") {
		t.Errorf("cut log: status %d\nstdout:\n%s\nstderr: %s", r.status, r.stdout, r.stderr)
	}
	bad := append([]byte(nil), data[:16+19]...)
	bad[16+16] = 99 // an event code no log has
	os.WriteFile(cut, bad, 0o644)
	r = runPystm(t, bin, ".", nil, "stmlog", cut)
	if r.status != 1 || !strings.Contains(r.stderr, "unknown event code 99") {
		t.Errorf("corrupt log: status %d, stderr %q", r.status, r.stderr)
	}
	r = runPystm(t, bin, "stmlog", nil, "stmlog", "attr.py")
	if r.status != 1 || !strings.Contains(r.stderr, "not an STM event log") || r.stdout != "" {
		t.Errorf("not a log: status %d, stdout %q, stderr %q", r.status, r.stdout, r.stderr)
	}
}

// TestStmlogExits checks that the log is written whichever way the
// program ends: sys.exit, an uncaught exception, os._exit, SIGTERM.
func TestStmlogExits(t *testing.T) {
	bin := pystmBinary(t)
	dir := t.TempDir()
	prog := filepath.Join(dir, "p.py")
	os.WriteFile(prog, []byte(`import os, sys, thread, time
l = []
def f():
    while True:
        l.append(1)
        del l[:]
thread.start_new_thread(f, ())
thread.start_new_thread(f, ())
time.sleep(0.05)
print "running"
sys.stdout.flush()
if sys.argv[1] == "exit":
    sys.exit(3)
elif sys.argv[1] == "raise":
    raise ValueError("x")
elif sys.argv[1] == "_exit":
    os._exit(4)
while True:
    time.sleep(0.01)
`), 0o644)
	check := func(log string) {
		t.Helper()
		checkLog(t, log)
		rl := readLog(t, bin, log)
		if tx := rl["transactions"]; len(tx) != 1 || strings.HasPrefix(tx[0], "0 ") {
			t.Errorf("log %s: transactions %v", log, tx)
		}
	}
	for _, how := range []string{"exit", "raise", "_exit"} {
		log := filepath.Join(dir, how+".log")
		r := runPystm(t, bin, dir, []string{"PYPYSTM=" + log + "+"}, "p.py", how)
		if r.status == 0 {
			t.Errorf("%s: status 0", how)
		}
		check(log)
	}
	// Interrupted: Ctrl-C and SIGTERM.
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		log := filepath.Join(dir, sig.String()+".log")
		cmd := exec.Command(bin, "p.py", "wait")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PYPYSTM="+log)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if line != "running\n" {
			cmd.Process.Kill()
			t.Fatalf("program said %q", line)
		}
		cmd.Process.Signal(sig)
		err = cmd.Wait()
		ee, ok := err.(*exec.ExitError)
		switch {
		case !ok:
			t.Errorf("%v: the program ended with %v", sig, err)
		case sig == syscall.SIGTERM && ee.Sys().(syscall.WaitStatus).Signal() != sig:
			t.Errorf("SIGTERM: the program ended with %v", err)
		case sig == syscall.SIGINT && ee.ExitCode() != 1 && ee.Sys().(syscall.WaitStatus).Signal() != sig:
			// (KeyboardInterrupt where the interpreter raises it for a
			// script, else the signal's own end.)
			t.Errorf("SIGINT: the program ended with %v", err)
		}
		check(log)
	}
}

// TestStmlogChildProcess checks that a pystm started by a logged program
// (which inherits PYPYSTM) writes its own log beside its parent's,
// FILE.PID, and that both logs are whole.
func TestStmlogChildProcess(t *testing.T) {
	bin := pystmBinary(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "p.py"), []byte(`import os, sys, threading
def work():
    x = 0
    for i in range(20000):
        x += i
ts = [threading.Thread(target=work) for i in range(int(sys.argv[1]))]
for t in ts: t.start()
for t in ts: t.join()
if len(sys.argv) > 2:
    sys.stdout.flush()
    print "child status", os.system(sys.argv[2] + " p.py 1")
print os.getpid()
`), 0o644)
	log := filepath.Join(dir, "log")
	r := runPystm(t, bin, dir, []string{"PYPYSTM=" + log}, "p.py", "3", bin)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.status != 0 || len(lines) != 3 || lines[1] != "child status 0" {
		t.Fatalf("status %d\n%s%s", r.status, r.stdout, r.stderr)
	}
	for _, c := range []struct {
		log     string
		threads string
	}{{log, "1 2 3 4"}, {log + "." + lines[0], "1 2"}} {
		checkLog(t, c.log)
		got := readLog(t, bin, c.log)["threads"]
		if len(got) == 1 {
			nums := strings.Fields(got[0])
			sort.Strings(nums)
			got[0] = strings.Join(nums, " ")
		}
		if len(got) != 1 || got[0] != c.threads {
			t.Errorf("log %s: threads %v, want %s", c.log, got, c.threads)
		}
	}
}

func TestStmlogHTML(t *testing.T) {
	bin := pystmBinary(t)
	log := loggedRun(t, bin, "attr.py", "shared", "300000")
	for _, kind := range []string{"html", "svg"} {
		out := filepath.Join(t.TempDir(), "t."+kind)
		r := runPystm(t, bin, ".", nil, "stmlog", "--"+kind, out, log)
		if r.status != 0 {
			t.Fatalf("--%s: status %d: %s", kind, r.status, r.stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		for _, want := range []string{"<svg", "thread 1", "thread 2", "thread 3", "#d62f2f", "line 28, in work", "</svg>"} {
			if !strings.Contains(s, want) {
				t.Errorf("--%s output lacks %q", kind, want)
			}
		}
	}
}

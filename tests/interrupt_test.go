package tests

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// interruptCases are programs that print "running" and then wait for
// Ctrl-C in a loop or a sleep, with what CPython 2.7.18 does when it
// comes (checked by TestInterrupt against CPython itself when it is
// installed).
var interruptCases = []struct {
	name, src      string
	stdout, stderr string // stderr: its last line
	status         int
}{
	{"caught", "import sys\nprint 'running'\nsys.stdout.flush()\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print 'caught'\n", "running\ncaught\n", "", 0},
	{"uncaught", "import sys\nprint 'running'\nsys.stdout.flush()\nwhile True:\n    pass\n", "running\n", "KeyboardInterrupt", 1},
	{"sleep", "import sys, time\nprint 'running'\nsys.stdout.flush()\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print 'caught in sleep'\n", "running\ncaught in sleep\n", "", 0},
	{"threads", "import sys, threading\ndef spin():\n    x = 0\n    while not stop:\n        x += 1\nstop = []\nt = threading.Thread(target=spin)\nt.start()\nprint 'running'\nsys.stdout.flush()\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    stop.append(1)\n    t.join()\n    print 'caught with a thread'\n", "running\ncaught with a thread\n", "", 0},
}

// interrupt runs src with argv, sends SIGINT once it printed "running",
// and returns what it did.
func interrupt(t *testing.T, argv []string, dir string) runResult {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	// Go's exec starts children with SIGINT at its default.
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(out)
	line, _ := r.ReadString('\n')
	if line != "running\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("%v said %q first (stderr %q)", argv, line, stderr.String())
	}
	time.Sleep(100 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	rest := new(bytes.Buffer)
	rest.ReadFrom(r)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var werr error
	select {
	case werr = <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%v: no exit after SIGINT", argv)
	}
	status := 0
	if ee, ok := werr.(*exec.ExitError); ok {
		status = ee.ExitCode()
	}
	return runResult{stdout: line + rest.String(), stderr: stderr.String(), status: status}
}

// TestInterrupt checks that Ctrl-C raises KeyboardInterrupt in the main
// thread of a script, in a busy loop, in a sleep and beside a running
// thread, as CPython does.
func TestInterrupt(t *testing.T) {
	bin := pystmBinary(t)
	dir := t.TempDir()
	// CPython 2.7 too, where it runs.
	python := strings.Fields(os.Getenv("PYTHON2"))
	if len(python) == 0 {
		python = []string{"env", "PYENV_VERSION=2.7.18", "python2"}
	}
	probe := append(append([]string(nil), python...), "-c", "import sys; sys.exit(sys.version_info[:2] != (2, 7))")
	if exec.Command(probe[0], probe[1:]...).Run() != nil {
		python = nil
	}
	for _, c := range interruptCases {
		file := filepath.Join(dir, c.name+".py")
		if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		runs := [][]string{{bin, file}}
		if python != nil {
			runs = append(runs, append(append([]string(nil), python...), file))
		}
		for _, argv := range runs {
			r := interrupt(t, argv, dir)
			lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
			if r.stdout != c.stdout || lines[len(lines)-1] != c.stderr || r.status != c.status {
				t.Errorf("%s under %s: stdout %q, stderr %q, status %d; want %q, last line %q, %d",
					c.name, argv[0], r.stdout, r.stderr, r.status, c.stdout, c.stderr, c.status)
			}
		}
	}
}

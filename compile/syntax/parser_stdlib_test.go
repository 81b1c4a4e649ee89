package syntax

import (
	"fmt"
	"github.com/pystm/pystm/internal/stdlib"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// parserStdlibScript writes, for each file named on its command line after the
// output directory, OUT/INDEX: "ok", the ast.dump of the file and its
// positions, one per line; or "error", the exception's type, message and
// line.
const parserStdlibScript = `
import ast, sys, os
` + positionScript + `
out = sys.argv[1]
args = sys.argv[2:]
for i in range(0, len(args), 2):
    index, path = args[i], args[i + 1]
    src = open(path, 'rb').read()
    try:
        t = ast.parse(src, path)
    except SyntaxError as e:
        res = 'error\n%s\n%s\n%s\n' % (type(e).__name__, e.msg, e.lineno)
    except Exception as e:
        res = 'error\n%s\n%s\n?\n' % (type(e).__name__, e)
    else:
        pos = []
        walkPositions(t, pos)
        res = 'ok\n%s\n%s\n' % (ast.dump(t), ' '.join(pos))
    open(os.path.join(out, index), 'wb').write(res)
`

// TestParserStdlib parses every .py file of CPython 2.7's standard library
// (site-packages excluded) and compares the trees, node positions
// included, with CPython's; for a file CPython rejects, the error's line.
// It needs python2 (CPython 2.7.18; $PYTHON2 names another) and skips
// without it.
func TestParserStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	py := os.Getenv("PYTHON2")
	if py == "" {
		py = "python2"
	}
	t.Setenv("PYENV_VERSION", "2.7.18")
	root := stdlib.Dir()
	if root == "" {
		t.Skip("no CPython 2.7 standard library")
	}
	if err := exec.Command(py, "-c", "pass").Run(); err != nil {
		t.Skipf("no python2: %v", err)
	}
	files := stdlib.Files(root)
	dir := t.TempDir()
	// CPython's side, in parallel batches.
	var wg sync.WaitGroup
	batches := make(chan []string)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				cmd := exec.Command(py, append([]string{"-c", parserStdlibScript, dir}, b...)...)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("python2: %v\n%s", err, out)
				}
			}
		}()
	}
	var batch []string
	for i, f := range files {
		batch = append(batch, fmt.Sprint(i), f)
		if len(batch) == 40 {
			batches <- batch
			batch = nil
		}
	}
	if batch != nil {
		batches <- batch
	}
	close(batches)
	wg.Wait()

	same := 0
	var diffs []string
	for i, f := range files {
		want, err := os.ReadFile(filepath.Join(dir, fmt.Sprint(i)))
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := parserResult(f, src)
		rel, _ := filepath.Rel(root, f)
		if d := parserCompare(string(want), got); d != "" {
			diffs = append(diffs, rel+": "+d)
		} else {
			same++
		}
	}
	for _, d := range diffs {
		t.Log(d)
	}
	t.Logf("%d/%d identical", same, len(files))
	if same != len(files) {
		t.Fail()
	}
}

// parserResult parses a file and returns what parserStdlibScript writes for it.
func parserResult(filename string, src []byte) string {
	tree, err := Parse(filename, src, ModeExec, 0)
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			return fmt.Sprintf("error\n%T\n%v\n?\n", err, err)
		}
		return fmt.Sprintf("error\n%s\n%s\n%d\n", e.Kind, e.Msg, e.Line)
	}
	return "ok\n" + Dump(tree) + "\n" + positions(tree) + "\n"
}

// parserCompare describes the first difference between CPython's result
// and ours, or returns "" if they agree.
func parserCompare(want, got string) string {
	if want == got {
		return ""
	}
	w := strings.SplitN(want, "\n", 4)
	g := strings.SplitN(got, "\n", 4)
	if w[0] != g[0] {
		return fmt.Sprintf("CPython: %q; pystm: %q", parserShort(want, 300), parserShort(got, 300))
	}
	if w[0] == "error" {
		// Only the line must match.
		if w[3] == g[3] {
			return ""
		}
		return fmt.Sprintf("error line differs: CPython: %q; pystm: %q", parserShort(want, 300), parserShort(got, 300))
	}
	what := "dump"
	a, b := w[1], g[1]
	if a == b {
		what, a, b = "positions", w[2], g[2]
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("%s differs at %d:\n  CPython: %s\n  pystm:   %s", what, i, parserShort(a[from:], 200), parserShort(b[from:], 200))
}

func parserShort(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

package bench

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
	"github.com/pystm/pystm/internal/stdlib"
)

// frontendFiles reads the files the front-end benchmark compiles: the
// list in $PYSTM_BENCH_FILES (one path a line, as bench/frontend.sh
// writes it, so that pystm and CPython compile the very same files), or
// else every .py file of the standard library (see package stdlib).
func frontendFiles(b *testing.B) (names []string, srcs [][]byte, lines int) {
	var paths []string
	if list := os.Getenv("PYSTM_BENCH_FILES"); list != "" {
		f, err := os.Open(list)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if p := strings.TrimSpace(sc.Text()); p != "" {
				paths = append(paths, p)
			}
		}
	} else if dir := stdlib.Dir(); dir != "" {
		paths = stdlib.Files(dir)
	}
	if len(paths) == 0 {
		b.Skip("set PYSTM_BENCH_FILES or PYSTM_STDLIB (bench/frontend.sh does)")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, p)
		srcs = append(srcs, src)
		lines += bytes.Count(src, []byte{'\n'})
	}
	return names, srcs, lines
}

// BenchmarkFrontEnd compiles every file (tokenizer, parser, scopes,
// bytecode) once per iteration and reports lines per second.
func BenchmarkFrontEnd(b *testing.B) {
	names, srcs, lines := frontendFiles(b)
	failed := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		failed = 0
		for j, src := range srcs {
			if _, err := compile.Compile(names[j], src, syntax.ModeExec, 0); err != nil {
				failed++
			}
		}
	}
	b.StopTimer()
	if failed > 0 {
		b.Logf("%d of %d files failed to compile", failed, len(srcs))
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(float64(len(srcs)), "files")
}

// BenchmarkParse is BenchmarkFrontEnd without scopes and bytecode.
func BenchmarkParse(b *testing.B) {
	names, srcs, lines := frontendFiles(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			syntax.Parse(names[j], src, syntax.ModeExec, 0)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkScan is BenchmarkParse for the tokenizer alone.
func BenchmarkScan(b *testing.B) {
	_, srcs, lines := frontendFiles(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			sc, err := syntax.NewScanner("f.py", src)
			for err == nil {
				var t syntax.Tok
				if t, err = sc.Scan(); t.Kind == syntax.EOF {
					break
				}
			}
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

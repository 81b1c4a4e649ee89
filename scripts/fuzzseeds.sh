#!/usr/bin/env bash
# Regenerates the fuzz seed corpus compile/testdata/fuzz/FuzzCompile from
# the Python sources of tests/ast and tests/syntaxerr (smaller than 8 KiB).
set -euo pipefail
cd "$(dirname "$0")/.."
out=compile/testdata/fuzz/FuzzCompile
rm -rf "$out"; mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/main.go" <<'GO'
package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

func main() {
	out := os.Args[1]
	for _, p := range os.Args[2:] {
		src, err := os.ReadFile(p)
		if err != nil || len(src) > 8192 {
			continue
		}
		name := fmt.Sprintf("%x", sha256.Sum256(src))[:16]
		body := "go test fuzz v1\n[]byte(" + strconv.Quote(string(src)) + ")\n"
		if err := os.WriteFile(filepath.Join(out, name), []byte(body), 0o644); err != nil {
			panic(err)
		}
	}
}
GO
go run "$tmp/main.go" "$out" tests/ast/*.py tests/syntaxerr/*.py
echo "$(ls "$out" | wc -l) seeds in $out"

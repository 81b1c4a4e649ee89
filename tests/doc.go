// Package tests is pystm's Python-level test suite: directories of
// Python 2.7 inputs with outputs recorded from CPython 2.7.18 by the
// scripts in ../scripts, each directory driven by one Go test.
//
//   - ast/: source files and the ast.dump output CPython gives for each.
//   - syntaxerr/: files CPython rejects, with what CPython prints.
//   - transaction/: scripts of the transaction module, recorded from
//     CPython running its serial fallback (PYTHONPATH=fallback) by
//     scripts/record_transaction.sh, which also records the outputs of
//     the programs in ../examples (into examples/expected).
package tests

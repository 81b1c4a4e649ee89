// Package syntax is pystm's Python 2.7 front end up to the syntax tree:
// the tokenizer (with PEP 263 source encodings), the parser, the abstract
// syntax tree that mirrors CPython 2.7's Python.asdl, the checks CPython's
// ast.c makes while building it, and Dump, which prints a tree exactly as
// CPython's ast.dump does.
//
// The package depends on nothing of the runtime: its tree holds plain Go
// values.
package syntax

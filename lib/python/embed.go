// Package pylib holds the part of pystm's standard library written in
// Python (collections, random, traceback, ...), embedded in the binary.
// The interpreter finds it on sys.path as interp.StdlibPath().
package pylib

import "embed"

// FS holds the modules, at the root of the file system.
//
//go:embed *.py
var FS embed.FS

package syntax

// STUB: to be replaced by the dumper.

// Dump returns the tree as CPython 2.7's ast.dump(tree) prints it.
func Dump(t Tree) string { return "" }

package syntax

// STUB: to be replaced by the parser.

// Mode is what Parse reads: a module, an expression or one interactive input.
type Mode int

// The parse modes, as compile()'s "exec", "eval" and "single".
const (
	ModeExec Mode = iota
	ModeEval
	ModeSingle
)

// Flags are the future features in force, with CPython's CO_FUTURE_* values.
type Flags uint32

// The future flags that matter to the front end.
const (
	FlagDivision        Flags = 0x2000
	FlagAbsoluteImport  Flags = 0x4000
	FlagWithStatement   Flags = 0x8000
	FlagPrintFunction   Flags = 0x10000
	FlagUnicodeLiterals Flags = 0x20000
)

// Parse parses src and returns its tree: *Module, *Expression or
// *Interactive according to mode. flags are features already in force
// (inherited by compile() or exec). Errors are *Error.
func Parse(filename string, src []byte, mode Mode, flags Flags) (Tree, error) {
	return &Module{}, nil
}

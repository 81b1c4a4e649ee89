package syntax

import (
	"fmt"
	"strings"
)

// Error is a compile-time error as CPython reports it: a SyntaxError or
// one of its subclasses IndentationError and TabError.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string
	Filename string
	Line     int    // 1-based line number
	Offset   int    // 1-based column of the caret as SyntaxError.offset; 0 for none
	Text     string // the offending source line (with its newline), or ""
	// NoLocation marks an error CPython raises without a file and line
	// (some compiler errors): Format prints only "Kind: Msg".
	NoLocation bool
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Kind, e.Msg, e.Filename, e.Line)
}

// Format returns the error as CPython's top level prints an uncaught
// SyntaxError: the file and line, the source line, a caret and the
// message, each on its own line.
func (e *Error) Format() string {
	var b strings.Builder
	if e.NoLocation {
		if e.Kind == "MemoryError" && e.Msg == "" {
			// The parser's stack overflowed: CPython's parser says so
			// on stderr, then the exception without a message prints.
			return "s_push: parser stack overflow\nMemoryError\n"
		}
		fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
		return b.String()
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	// An empty text with an offset is a real empty line (an error at
	// the end of the file): CPython prints it and the caret.
	if e.Text != "" || e.Offset > 0 {
		text, offset := e.Text, e.Offset
		if e.Offset <= 0 {
			offset = -1
		}
		// As pythonrun.c's print_error_text: skip to the line holding
		// the offset, strip leading blanks, adjust the caret.
		if offset >= 0 {
			if offset > 0 && offset == len(text) && text[offset-1] == '\n' {
				offset--
			}
			for {
				nl := strings.IndexByte(text, '\n')
				if nl < 0 || nl >= offset {
					break
				}
				offset -= nl + 1
				text = text[nl+1:]
			}
			for len(text) > 0 && (text[0] == ' ' || text[0] == '\t') {
				text = text[1:]
				offset--
			}
		}
		b.WriteString("    ")
		b.WriteString(text)
		if text == "" || text[len(text)-1] != '\n' {
			b.WriteByte('\n')
		}
		if offset != -1 {
			b.WriteString("    ")
			for offset--; offset > 0; offset-- {
				b.WriteByte(' ')
			}
			b.WriteString("^\n")
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

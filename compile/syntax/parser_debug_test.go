package syntax

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugParse parses the source in $PARSE_SRC (mode $PARSE_MODE) and
// prints the dump or the error; it is a tool for debugging the parser.
func TestDebugParse(t *testing.T) {
	src, ok := os.LookupEnv("PARSE_SRC")
	if !ok {
		t.Skip("PARSE_SRC not set")
	}
	mode := ModeExec
	switch os.Getenv("PARSE_MODE") {
	case "eval":
		mode = ModeEval
	case "single":
		mode = ModeSingle
	}
	tree, err := Parse("f.py", []byte(src), mode, 0)
	if err != nil {
		e := err.(*Error)
		fmt.Printf("%s %q %d %d %q\n", e.Kind, e.Msg, e.Line, e.Offset, e.Text)
		return
	}
	fmt.Println(Dump(tree))
}

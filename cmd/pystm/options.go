package main

import (
	"fmt"
	"strconv"
	"strings"
)

// options are the interpreter options of a `pystm [option] ... [-c cmd |
// -m mod | file | -] [arg] ...` command line, parsed as CPython 2.7's
// Modules/main.c does: single-letter options that may be combined (-uB),
// -c and -m end the option list, and everything after the script (or
// after -c's or -m's argument) is passed to the program untouched.
type options struct {
	command  string // -c: program text
	module   string // -m: module to run
	hasCmd   bool   // -c was given
	hasMod   bool   // -m was given
	script   string // file to run; "-" for standard input; "" for none
	argv     []string
	inspect  bool     // -i
	unbuffer bool     // -u
	verbose  int      // -v, repeatable
	optimize int      // -O, -OO
	ignEnv   bool     // -E
	noSite   bool     // -S
	division string   // -Q: old, warn, warnall, new
	warnings []string // -W
	skipLine bool     // -x
	py3k     bool     // -3
	tabs     int      // -t, -tt
	bytes    int      // -b, -bb
	help     bool     // -h, -?, --help
	version  bool     // -V, --version
	gil      bool     // --gil: threads take turns under a global lock
	segments int      // --segments N: transactions that may run at once (0: default)
}

// usageLine is CPython's one-line usage, with pystm's name.
const usageLine = "usage: pystm [option] ... [-c cmd | -m mod | file | -] [arg] ..."

// optionError is a bad command line; its message is printed with the
// usage line and the process exits with status 2, as CPython does.
type optionError struct{ msg string }

func (e *optionError) Error() string {
	return e.msg + "\n" + usageLine + "\nTry `pystm -h' for more information."
}

// withArg lists the options that take an argument.
const withArg = "cmQW"

// known lists every single-letter option CPython 2.7 accepts.
const known = "3bBcdEhiJmOQRsStuUvVWx?"

// parseOptions parses the interpreter command line (without the program
// name). It never looks past the script name, or past the argument of -c
// or -m: those and everything after them belong to the program.
func parseOptions(args []string) (*options, error) {
	o := &options{}
	i := 0
	for i < len(args) {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		if strings.HasPrefix(a, "--") {
			switch {
			case a == "--help":
				o.help = true
			case a == "--version":
				o.version = true
			case a == "--gil":
				o.gil = true
			case a == "--segments" || strings.HasPrefix(a, "--segments="):
				v, ok := strings.CutPrefix(a, "--segments=")
				if !ok {
					if i+1 >= len(args) {
						return nil, &optionError{"Argument expected for the --segments option"}
					}
					i++
					v = args[i]
				}
				n, err := parseSegments(v)
				if err != nil {
					return nil, err
				}
				o.segments = n
			default:
				// CPython reports a long option by its first letter.
				return nil, &optionError{"Unknown option: --"}
			}
			i++
			continue
		}
		// A cluster of single-letter options, e.g. -uBc 'code'.
		for j := 1; j < len(a); j++ {
			c := a[j]
			if !strings.ContainsRune(known, rune(c)) {
				return nil, &optionError{fmt.Sprintf("Unknown option: -%c", c)}
			}
			if strings.IndexByte(withArg, c) >= 0 {
				val := a[j+1:]
				if val == "" {
					if i+1 >= len(args) {
						return nil, &optionError{fmt.Sprintf("Argument expected for the -%c option", c)}
					}
					i++
					val = args[i]
				}
				switch c {
				case 'c':
					o.command, o.hasCmd = val, true
					// -c ends the option list; sys.argv[0] is "-c".
					o.argv = append([]string{"-c"}, args[i+1:]...)
					return o, nil
				case 'm':
					o.module, o.hasMod = val, true
					o.argv = append([]string{"-m"}, args[i+1:]...)
					return o, nil
				case 'Q':
					switch val {
					case "old", "warn", "warnall", "new":
						o.division = val
					default:
						return nil, &optionError{"-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only"}
					}
				case 'W':
					o.warnings = append(o.warnings, val)
				}
				break
			}
			switch c {
			case '3':
				o.py3k = true
			case 'b':
				o.bytes++
			case 'i':
				o.inspect = true
			case 'u':
				o.unbuffer = true
			case 'v':
				o.verbose++
			case 'O':
				o.optimize++
			case 'E':
				o.ignEnv = true
			case 'S':
				o.noSite = true
			case 'x':
				o.skipLine = true
			case 't':
				o.tabs++
			case 'h', '?':
				o.help = true
			case 'V':
				o.version = true
			}
			// B, d, J, R, s, U are accepted and have no effect in pystm.
		}
		i++
	}
	if i < len(args) {
		o.script = args[i]
		o.argv = append([]string{}, args[i:]...)
	} else {
		o.argv = []string{""}
	}
	return o, nil
}

// parseSegments reads the argument of --segments (or PYSTM_SEGMENTS): a
// positive number of transactions that may run at once.
func parseSegments(v string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 0, &optionError{fmt.Sprintf("--segments needs a positive number, not '%s'", v)}
	}
	return n, nil
}

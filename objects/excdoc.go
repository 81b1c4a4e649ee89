package objects

// excDocs are the docstrings of the built-in exception classes, in
// pystm's own words.
var excDocs = map[*Type]string{
	BaseException:             "The root of the exception hierarchy.",
	SystemExit:                "Raised by sys.exit() to end the program.",
	KeyboardInterrupt:         "Raised when the user interrupts the program (Ctrl-C).",
	GeneratorExit:             "Raised inside a generator when it is closed.",
	ExceptionType:             "The base of all exceptions that do not end the program.",
	StopIteration:             "Signals that an iterator has no more items.",
	StandardError:             "The base of the errors raised by the language and its built-ins.",
	BufferError:               "A buffer operation failed.",
	ArithmeticError:           "The base of arithmetic errors.",
	FloatingPointError:        "A floating-point operation failed.",
	OverflowError:             "A result was too large to represent.",
	ZeroDivisionError:         "The second operand of a division or modulo was zero.",
	AssertionError:            "An assert statement failed.",
	AttributeError:            "An attribute was not found or could not be set.",
	EnvironmentError:          "The base of errors reported by the operating system.",
	IOError:                   "An input or output operation failed.",
	OSError:                   "A system call failed.",
	EOFError:                  "Input ended before anything was read.",
	ImportError:               "A module or a name in it could not be imported.",
	LookupError:               "The base of errors for a missing key or index.",
	IndexError:                "A sequence index was out of range.",
	KeyError:                  "A mapping key was not found.",
	MemoryError:               "The program ran out of memory.",
	NameError:                 "A name was not found.",
	UnboundLocalError:         "A local variable was used before it was assigned.",
	ReferenceError:            "A weak reference's object no longer exists.",
	RuntimeError:              "An error that belongs to no other category.",
	NotImplementedError:       "A method that subclasses must provide is missing.",
	SyntaxError:               "The source code is not valid Python.",
	IndentationError:          "The source code is not indented correctly.",
	TabError:                  "The source code mixes tabs and spaces inconsistently.",
	SystemError:               "An internal error of the interpreter.",
	TypeError:                 "An operation was applied to a value of the wrong type.",
	ValueError:                "An argument had the right type but a wrong value.",
	UnicodeError:              "The base of Unicode encoding and decoding errors.",
	UnicodeDecodeError:        "Bytes could not be decoded to Unicode.",
	UnicodeEncodeError:        "Unicode text could not be encoded.",
	UnicodeTranslateError:     "Unicode text could not be translated.",
	Warning:                   "The base of warning categories.",
	DeprecationWarning:        "Warns of a deprecated feature.",
	PendingDeprecationWarning: "Warns of a feature that will be deprecated.",
	RuntimeWarning:            "Warns of dubious run-time behaviour.",
	SyntaxWarning:             "Warns of dubious syntax.",
	UserWarning:               "Warnings issued by user code.",
	FutureWarning:             "Warns of a construct whose meaning will change.",
	ImportWarning:             "Warns of a probable mistake in an import.",
	UnicodeWarning:            "Warns of a problem with Unicode.",
	BytesWarning:              "Warns of a problem with bytes or bytearray.",
}

// excLayout is the built-in exception whose instance layout (its own
// fields) typ's instances have, as CPython's solid_base finds it: a class
// that adds no fields shares its base's layout.
func excLayout(typ *Type) *Type {
	for b := typ; b != nil; b = b.Base {
		switch b {
		case SystemExit, EnvironmentError, SyntaxError, UnicodeError:
			return b
		}
	}
	return BaseException
}

func init() {
	for typ, doc := range excDocs {
		typ.Dict.SetString(nil, "__doc__", NewStr(doc))
	}
}

package objects

import (
	"fmt"

	"github.com/pystm/pystm/stm"
)

// Exception is a Python exception in flight: the error value that Go
// code returns. Type is the exception class (a *Type, or an old-style
// *Class), Value the instance (for old-style string exceptions, any
// value) and Traceback the frames it went through, innermost last.
type Exception struct {
	Type      Value
	Value     Value
	Traceback *Traceback
}

// Error returns "Type: message" (for Go-side diagnostics only).
func (e *Exception) Error() string {
	name := typeName(e.Type)
	if e.Value == nil || e.Value == None {
		return name
	}
	s, err := StrString(nil, e.Value)
	if err != nil || s == "" {
		return name
	}
	return name + ": " + s
}

func typeName(v Value) string {
	switch c := v.(type) {
	case *Type:
		return c.Name
	case *Class:
		return c.Name
	}
	return fmt.Sprint(v)
}

// Traceback is one entry of a traceback (a tb object): the frame and the
// line the exception passed through, and the next entry inward.
type Traceback struct {
	Next   *Traceback
	Frame  Value
	Lineno int
	Lasti  int
}

// Type returns traceback.
func (*Traceback) Type() *Type { return TracebackType }

// BaseExc is an instance of BaseException or a subclass.
type BaseExc struct {
	typ *Type
	ref stm.Ref[excState]
}

type excState struct {
	args    *Tuple
	message Value
	dict    *Dict
	// fields are the attributes particular exception types keep
	// (errno, strerror, filename, code, msg, lineno, ...).
	fields map[string]Value
}

// Type returns the exception's class.
func (e *BaseExc) Type() *Type { return e.typ }

func (e *BaseExc) instDict(t *Thread) *Dict { return e.ensureDict(t) }

// Args returns the exception's args tuple.
func (e *BaseExc) Args(t *Thread) *Tuple { return e.ref.Read(t.tx()).args }

// Field returns a type-specific attribute (errno, code, ...), or nil.
func (e *BaseExc) Field(t *Thread, name string) Value { return e.ref.Read(t.tx()).fields[name] }

// SetField sets a type-specific attribute.
func (e *BaseExc) SetField(t *Thread, name string, v Value) {
	st := e.ref.Write(t.tx())
	if st.fields == nil {
		st.fields = map[string]Value{}
	}
	st.fields[name] = v
}

// SetArgs replaces the exception's args (and message, as 2.7 does).
func (e *BaseExc) SetArgs(t *Thread, args *Tuple) {
	st := e.ref.Write(t.tx())
	st.args = args
	if len(args.elems) == 1 {
		st.message = args.elems[0]
	} else {
		st.message = emptyStr
	}
}

// NewBaseExc returns an exception instance of typ with args.
func NewBaseExc(typ *Type, args []Value) *BaseExc {
	e := &BaseExc{typ: typ}
	st := &excState{args: NewTuple(args...), message: emptyStr}
	if len(args) == 1 {
		st.message = args[0]
	}
	if typ.IsHeap() {
		st.dict = NewDict()
	}
	e.ref.Init(st)
	return e
}

func newExcType(name string, base *Type) *Type {
	return NewBuiltinType(name, base, FlagBaseType|FlagHasDict|FlagException)
}

// The built-in exception classes of Python 2.7.
var (
	BaseException             = newExcType("BaseException", ObjectType)
	SystemExit                = newExcType("SystemExit", BaseException)
	KeyboardInterrupt         = newExcType("KeyboardInterrupt", BaseException)
	GeneratorExit             = newExcType("GeneratorExit", BaseException)
	ExceptionType             = newExcType("Exception", BaseException)
	StopIteration             = newExcType("StopIteration", ExceptionType)
	StandardError             = newExcType("StandardError", ExceptionType)
	BufferError               = newExcType("BufferError", StandardError)
	ArithmeticError           = newExcType("ArithmeticError", StandardError)
	FloatingPointError        = newExcType("FloatingPointError", ArithmeticError)
	OverflowError             = newExcType("OverflowError", ArithmeticError)
	ZeroDivisionError         = newExcType("ZeroDivisionError", ArithmeticError)
	AssertionError            = newExcType("AssertionError", StandardError)
	AttributeError            = newExcType("AttributeError", StandardError)
	EnvironmentError          = newExcType("EnvironmentError", StandardError)
	IOError                   = newExcType("IOError", EnvironmentError)
	OSError                   = newExcType("OSError", EnvironmentError)
	EOFError                  = newExcType("EOFError", StandardError)
	ImportError               = newExcType("ImportError", StandardError)
	LookupError               = newExcType("LookupError", StandardError)
	IndexError                = newExcType("IndexError", LookupError)
	KeyError                  = newExcType("KeyError", LookupError)
	MemoryError               = newExcType("MemoryError", StandardError)
	NameError                 = newExcType("NameError", StandardError)
	UnboundLocalError         = newExcType("UnboundLocalError", NameError)
	ReferenceError            = newExcType("ReferenceError", StandardError)
	RuntimeError              = newExcType("RuntimeError", StandardError)
	NotImplementedError       = newExcType("NotImplementedError", RuntimeError)
	SyntaxError               = newExcType("SyntaxError", StandardError)
	IndentationError          = newExcType("IndentationError", SyntaxError)
	TabError                  = newExcType("TabError", IndentationError)
	SystemError               = newExcType("SystemError", StandardError)
	TypeError                 = newExcType("TypeError", StandardError)
	ValueError                = newExcType("ValueError", StandardError)
	UnicodeError              = newExcType("UnicodeError", ValueError)
	UnicodeDecodeError        = newExcType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError        = newExcType("UnicodeEncodeError", UnicodeError)
	UnicodeTranslateError     = newExcType("UnicodeTranslateError", UnicodeError)
	Warning                   = newExcType("Warning", ExceptionType)
	DeprecationWarning        = newExcType("DeprecationWarning", Warning)
	PendingDeprecationWarning = newExcType("PendingDeprecationWarning", Warning)
	RuntimeWarning            = newExcType("RuntimeWarning", Warning)
	SyntaxWarning             = newExcType("SyntaxWarning", Warning)
	UserWarning               = newExcType("UserWarning", Warning)
	FutureWarning             = newExcType("FutureWarning", Warning)
	ImportWarning             = newExcType("ImportWarning", Warning)
	UnicodeWarning            = newExcType("UnicodeWarning", Warning)
	BytesWarning              = newExcType("BytesWarning", Warning)
)

// ExceptionTypes lists the built-in exception classes in the order the
// exceptions module defines them.
func ExceptionTypes() []*Type {
	var out []*Type
	for _, typ := range builtinTypes {
		if typ.Flags&FlagException != 0 {
			out = append(out, typ)
		}
	}
	return out
}

// Errorf returns a new exception of class typ whose single argument is
// the formatted message.
func Errorf(typ *Type, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Exception{Type: typ, Value: NewBaseExc(typ, []Value{NewStr(msg)})}
}

// NewException returns an exception of class typ with the given args.
func NewException(typ *Type, args ...Value) *Exception {
	return &Exception{Type: typ, Value: NewBaseExc(typ, args)}
}

// ExceptionFromValue returns the exception for raising an instance.
func ExceptionFromValue(v Value) *Exception {
	return &Exception{Type: classOf(v), Value: v}
}

func classOf(v Value) Value {
	if oi, ok := v.(*OldInstance); ok {
		return oi.cls
	}
	return v.Type()
}

// AsException returns err as an *Exception; a Go error that is not one
// becomes a SystemError (an internal error, reported as CPython reports
// them).
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return &Exception{Type: SystemError, Value: NewBaseExc(SystemError, []Value{NewStr(err.Error())})}
}

// IsInstanceExc reports whether err is a Python exception of class typ
// or a subclass.
func IsInstanceExc(err error, typ *Type) bool {
	e, ok := err.(*Exception)
	if !ok {
		return false
	}
	if c, ok := e.Type.(*Type); ok {
		return c.IsSubtype(typ)
	}
	return false
}

// Matches reports whether exception class exc matches the except-clause
// value want (a class or a tuple of them, recursively).
func Matches(t *Thread, exc Value, want Value) bool {
	switch w := want.(type) {
	case *Tuple:
		for _, x := range w.elems {
			if Matches(t, exc, x) {
				return true
			}
		}
		return false
	case *Type:
		if c, ok := exc.(*Type); ok {
			return c.IsSubtype(w)
		}
		return false
	case *Class:
		if c, ok := exc.(*Class); ok {
			return c.IsSubclass(w)
		}
		return false
	}
	return exc == want
}

func init() {
	BaseException.New = func(t *Thread, typ *Type, args, kw []Value) (Value, error) {
		return NewBaseExc(typ, args), nil
	}
	BaseException.Init = func(t *Thread, self Value, args, kw []Value) error {
		if len(kw) > 0 {
			return Errorf(TypeError, "%s does not take keyword arguments", self.Type().Name)
		}
		if e, ok := self.(*BaseExc); ok {
			e.SetArgs(t, NewTuple(append([]Value(nil), args...)...))
		}
		return nil
	}
	BaseException.Str = func(t *Thread, v Value) (Value, error) {
		e := v.(*BaseExc)
		args := e.Args(t).elems
		switch len(args) {
		case 0:
			return emptyStr, nil
		case 1:
			return ToStr(t, args[0])
		}
		return ToStr(t, e.Args(t))
	}
	BaseException.Repr = func(t *Thread, v Value) (Value, error) {
		e := v.(*BaseExc)
		args := e.Args(t)
		name := e.typ.Name
		if len(args.elems) == 1 {
			r, err := Repr(t, args.elems[0])
			if err != nil {
				return nil, err
			}
			return NewStr(name + "(" + r.s + ")"), nil
		}
		r, err := Repr(t, args)
		if err != nil {
			return nil, err
		}
		return NewStr(name + r.s), nil
	}
	BaseException.GetItem = func(t *Thread, v, k Value) (Value, error) {
		return GetItem(t, v.(*BaseExc).Args(t), k)
	}
	BaseException.AddGetSets([]GetSet{
		{Name: "args", Get: func(t *Thread, self Value) (Value, error) { return self.(*BaseExc).Args(t), nil },
			Set: func(t *Thread, self, v Value) error {
				if v == nil {
					return Errorf(TypeError, "args may not be deleted")
				}
				items, err := ToSlice(t, v)
				if err != nil {
					return err
				}
				self.(*BaseExc).ref.Write(t.tx()).args = NewTuple(append([]Value(nil), items...)...)
				return nil
			}},
		{Name: "message", Get: func(t *Thread, self Value) (Value, error) {
			return self.(*BaseExc).ref.Read(t.tx()).message, nil
		}, Set: func(t *Thread, self, v Value) error {
			if v == nil {
				v = emptyStr
			}
			self.(*BaseExc).ref.Write(t.tx()).message = v
			return nil
		}},
		{Name: "__dict__", Get: func(t *Thread, self Value) (Value, error) {
			e := self.(*BaseExc)
			st := e.ref.Read(t.tx())
			if st.dict == nil {
				e.ref.Write(t.tx()).dict = NewDict()
				st = e.ref.Read(t.tx())
			}
			return st.dict, nil
		}},
	})
	// Exception instances of built-in classes also get a dict lazily.
}

// ensureExcDict gives a built-in exception instance a dict for attribute writes.
func (e *BaseExc) ensureDict(t *Thread) *Dict {
	st := e.ref.Read(t.tx())
	if st.dict == nil {
		e.ref.Write(t.tx()).dict = NewDict()
		st = e.ref.Read(t.tx())
	}
	return st.dict
}

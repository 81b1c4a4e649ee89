package objects

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/pystm/pystm/stm"
)

// This file holds the exceptions module of Python 2.7: the built-in
// exception classes, their constructors, attributes and str/repr, and
// the Go side of raising (the *Exception error value).

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
	name := ExceptionName(e.Type)
	if e.Value == nil || e.Value == None {
		return name
	}
	s, err := StrString(nil, e.Value)
	if err != nil || s == "" {
		return name
	}
	return name + ": " + s
}

// ExceptionName returns the name a traceback prints for the exception
// class cls: the bare name for the built-in exceptions, "module.Name"
// for other classes (new- or old-style) whose __module__ is a str.
func ExceptionName(cls Value) string {
	switch c := cls.(type) {
	case *Type:
		name := c.Name
		if i := strings.LastIndexByte(name, '.'); i >= 0 && !c.IsHeap() {
			name = name[i+1:]
		}
		if !c.IsHeap() {
			return name
		}
		if m, ok := c.Dict.GetString(nil, "__module__").(*Str); ok && m.s != "exceptions" {
			return m.s + "." + name
		}
		return name
	case *Class:
		if m, ok := c.Dict(nil).GetString(nil, "__module__").(*Str); ok && m.s != "exceptions" {
			return m.s + "." + c.Name
		}
		return c.Name
	}
	if s, ok := cls.(*Str); ok {
		return s.s
	}
	return fmt.Sprint(cls)
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

// excState is an exception's payload. Copier: __slots__ values are
// written in place (writeSlots), so a private copy clones them; fields
// is replaced, never modified.
type excState struct {
	args *Tuple
	// message is the deprecated message attribute; nil once deleted.
	message Value
	// dict is made when first needed (an attribute assignment, or
	// __dict__), as CPython makes it; __reduce__ shows whether it exists.
	dict *Dict
	// fields are the attributes particular exception types keep (errno,
	// strerror, filename, code, msg, lineno, ...). An absent field reads
	// as None. The slice is replaced, never modified, on write.
	fields []excField
	// slots are the __slots__ values of a subclass that has them.
	slots []Value
}

// STMCopy gives a transaction's new private copy slots of its own.
func (st *excState) STMCopy() {
	if st.slots != nil {
		st.slots = append([]Value(nil), st.slots...)
	}
}

type excField struct {
	name string
	v    Value
}

// Type returns the exception's class.
func (e *BaseExc) Type() *Type { return e.typ }

// instDict returns the instance dict if it exists (attribute lookup does
// not create it).
func (e *BaseExc) instDict(t *Thread) *Dict { return e.ref.Read(t.tx()).dict }

// ensureDict returns the instance dict, making it if needed.
func (e *BaseExc) ensureDict(t *Thread) *Dict {
	if d := e.ref.Read(t.tx()).dict; d != nil {
		return d
	}
	d := NewDict()
	e.ref.Write(t.tx()).dict = d
	return d
}

// Args returns the exception's args tuple.
func (e *BaseExc) Args(t *Thread) *Tuple { return e.ref.Read(t.tx()).args }

// Field returns a type-specific attribute (errno, code, ...), or nil if
// it is not set.
func (e *BaseExc) Field(t *Thread, name string) Value {
	for _, f := range e.ref.Read(t.tx()).fields {
		if f.name == name {
			return f.v
		}
	}
	return nil
}

// SetField sets a type-specific attribute; nil unsets it.
func (e *BaseExc) SetField(t *Thread, name string, v Value) {
	st := e.ref.Write(t.tx())
	fields := make([]excField, 0, len(st.fields)+1)
	for _, f := range st.fields {
		if f.name != name {
			fields = append(fields, f)
		}
	}
	if v != nil {
		fields = append(fields, excField{name, v})
	}
	st.fields = fields
}

// SetArgs replaces the exception's args, and sets message to the single
// argument if there is one (as BaseException.__init__ does).
func (e *BaseExc) SetArgs(t *Thread, args *Tuple) {
	st := e.ref.Write(t.tx())
	st.args = args
	if len(args.elems) == 1 {
		st.message = args.elems[0]
	}
}

// newExc returns an instance of typ as BaseException.__new__ makes it:
// no args, message "".
func newExc(typ *Type) *BaseExc {
	e := &BaseExc{typ: typ}
	st := &excState{args: emptyTuple, message: emptyStr}
	if typ.NSlots > 0 {
		st.slots = make([]Value, typ.NSlots)
	}
	e.ref.Init(st)
	return e
}

// NewBaseExc returns an exception instance of typ initialized with args
// as the built-in exception classes' __init__ does it (errno and
// strerror of an EnvironmentError, code of a SystemExit, ...). It calls
// no Python code.
func NewBaseExc(typ *Type, args []Value) *BaseExc {
	e := newExc(typ)
	tu := NewTuple(args...)
	if err := builtinExcInit(typ)(nil, e, tu); err != nil {
		e.SetArgs(nil, tu)
	}
	return e
}

// builtinExcInit returns the argument handling of typ's nearest built-in
// exception class.
func builtinExcInit(typ *Type) func(t *Thread, e *BaseExc, args *Tuple) error {
	for _, m := range typ.MRO {
		if f := excInits[m]; f != nil {
			return f
		}
	}
	for b := typ; b != nil; b = b.Base {
		if f := excInits[b]; f != nil {
			return f
		}
	}
	return baseExcInitArgs
}

var excInits map[*Type]func(t *Thread, e *BaseExc, args *Tuple) error

// newExcType makes a built-in exception class. As in CPython, its full
// name is in the exceptions module ("exceptions.ValueError"), which
// reprs and error messages show.
func newExcType(name string, base *Type) *Type {
	return NewBuiltinType("exceptions."+name, base, FlagBaseType|FlagHasDict|FlagException)
}

// The built-in exception classes of Python 2.7.
var (
	BaseException             = newExcType("BaseException", ObjectType)
	ExceptionType             = newExcType("Exception", BaseException)
	GeneratorExit             = newExcType("GeneratorExit", BaseException)
	SystemExit                = newExcType("SystemExit", BaseException)
	KeyboardInterrupt         = newExcType("KeyboardInterrupt", BaseException)
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

// NewException returns an exception of class typ with the given args,
// initialized as the built-in class's constructor does.
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
		c, ok := exc.(*Type)
		if !ok || c.Flags&FlagException == 0 || w.Flags&FlagException == 0 {
			if _, classic := exc.(*Class); !classic || w.Flags&FlagException == 0 {
				return false
			}
		}
		if ok && (w.Type() == TypeType || !w.IsHeap()) {
			return c.IsSubtype(w)
		}
		// As PyErr_GivenExceptionMatches, issubclass() with the
		// metaclass's __subclasscheck__; an error there means no match.
		r, err := IsSubclass(t, exc, w)
		return err == nil && r
	case *Class:
		if c, ok := exc.(*Class); ok {
			return c.IsSubclass(w)
		}
		if c, ok := exc.(*Type); ok && c.Flags&FlagException != 0 {
			r, err := IsSubclass(t, c, w)
			return err == nil && r
		}
		return false
	}
	return Is(exc, want)
}

// excName returns the type's name as the exception's repr prints it
// (the part after the last dot).
func excShortName(typ *Type) string {
	name := typ.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return name
}

func asExc(v Value) (*BaseExc, error) {
	e, ok := v.(*BaseExc)
	if !ok {
		return nil, Errorf(TypeError, "descriptor requires a 'exceptions.BaseException' object but received a '%s'", v.Type().Name)
	}
	return e, nil
}

// BaseException.

func baseExcNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	return newExc(typ), nil
}

// excInitFunc makes a type's Init slot from its argument handling.
func excInitFunc(f func(t *Thread, e *BaseExc, args *Tuple) error) func(t *Thread, self Value, args, kw []Value) error {
	return func(t *Thread, self Value, args, kw []Value) error {
		e, err := asExc(self)
		if err != nil {
			return err
		}
		if len(kw) > 0 {
			return Errorf(TypeError, "%s does not take keyword arguments", e.typ.Name)
		}
		return f(t, e, NewTuple(args...))
	}
}

func baseExcInitArgs(t *Thread, e *BaseExc, args *Tuple) error {
	e.SetArgs(t, args)
	return nil
}

// baseExcStrArgs is BaseException.__str__ applied to args.
func baseExcStrArgs(t *Thread, args *Tuple) (Value, error) {
	switch len(args.elems) {
	case 0:
		return emptyStr, nil
	case 1:
		return ToStr(t, args.elems[0])
	}
	return ToStr(t, args)
}

func baseExcStr(t *Thread, v Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	return baseExcStrArgs(t, e.Args(t))
}

func baseExcRepr(t *Thread, v Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	r, err := Repr(t, e.Args(t))
	if err != nil {
		return nil, err
	}
	return NewStr(excShortName(e.typ) + r.s), nil
}

func baseExcUnicode(t *Thread, v Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	if f := e.typ.Str; f != nil && !sameFunc(f, baseExcStr) {
		s, err := f(t, v)
		if err != nil {
			return nil, err
		}
		return UnicodeFromValue(t, s)
	}
	args := e.Args(t)
	switch len(args.elems) {
	case 0:
		return NewUnicode(nil), nil
	case 1:
		return UnicodeFromValue(t, args.elems[0])
	}
	return UnicodeFromValue(t, args)
}

// baseExcGetItem is e[i]: the args' item (with the sequence protocol's
// index rules).
func baseExcGetItem(t *Thread, v, key Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	if _, ok := key.(*Str); ok || key.Type().Number == nil || key.Type().Number.Index == nil {
		switch key.(type) {
		case Int, Bool, *Long:
		default:
			return nil, Errorf(TypeError, "sequence index must be integer, not '%s'", key.Type().Name)
		}
	}
	i, err := IndexOf(t, key)
	if err != nil {
		return nil, err
	}
	items := e.Args(t).elems
	if i < 0 {
		i += len(items)
	}
	if i < 0 || i >= len(items) {
		return nil, Errorf(IndexError, "tuple index out of range")
	}
	return items[i], nil
}

func baseExcGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	items := e.Args(t).elems
	lo = max(0, min(lo, len(items)))
	hi = max(lo, min(hi, len(items)))
	return NewTuple(items[lo:hi]...), nil
}

// excSetAttr is object.__setattr__ for exceptions: the instance dict is
// made on the first assignment.
func excSetAttr(t *Thread, v Value, name *Str, val Value) error {
	if e, ok := v.(*BaseExc); ok && val != nil {
		e.ensureDict(t)
	}
	return GenericSetAttr(t, v, name, val)
}

func excReduce(t *Thread, e *BaseExc, args *Tuple) Value {
	if d := e.instDict(t); d != nil {
		return NewTuple(e.typ, args, d)
	}
	return NewTuple(e.typ, args)
}

func baseExcReduce(t *Thread, self Value, args, kw []Value) (Value, error) {
	e, err := asExc(self)
	if err != nil {
		return nil, err
	}
	return excReduce(t, e, e.Args(t)), nil
}

func baseExcSetstate(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return nil, Errorf(TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
	}
	if args[0] == None {
		return None, nil
	}
	d, ok := args[0].(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "state is not a dictionary")
	}
	keys, vals := d.Items(t)
	for i, k := range keys {
		name, ok := k.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", k.Type().Name)
		}
		if err := SetAttr(t, self, name, vals[i]); err != nil {
			return nil, err
		}
	}
	return None, nil
}

var strMessage = Intern("message")

func baseExcGetSets() []GetSet {
	return []GetSet{
		{Name: "args", Get: func(t *Thread, self Value) (Value, error) {
			e, err := asExc(self)
			if err != nil {
				return nil, err
			}
			return e.Args(t), nil
		}, Set: func(t *Thread, self, v Value) error {
			e, err := asExc(self)
			if err != nil {
				return err
			}
			if v == nil {
				return Errorf(TypeError, "args may not be deleted")
			}
			items, err := ToSlice(t, v)
			if err != nil {
				return err
			}
			e.ref.Write(t.tx()).args = NewTuple(items...)
			return nil
		}},
		{Name: "message", Get: func(t *Thread, self Value) (Value, error) {
			e, err := asExc(self)
			if err != nil {
				return nil, err
			}
			st := e.ref.Read(t.tx())
			if st.dict != nil {
				if m := st.dict.getStr(t, strMessage); m != nil {
					return m, nil
				}
			}
			if st.message == nil {
				return nil, Errorf(AttributeError, "message attribute was deleted")
			}
			// (Ignored by the default warning filters of 2.7.)
			if err := Warn(t, DeprecationWarning, "BaseException.message has been deprecated as of Python 2.6", 1); err != nil {
				return nil, err
			}
			return st.message, nil
		}, Set: func(t *Thread, self, v Value) error {
			e, err := asExc(self)
			if err != nil {
				return err
			}
			if v == nil {
				if d := e.instDict(t); d != nil {
					if _, err := d.DelItem(t, strMessage); err != nil {
						return err
					}
				}
				e.ref.Write(t.tx()).message = nil
				return nil
			}
			return e.ensureDict(t).SetItem(t, strMessage, v)
		}},
		{Name: "__dict__", Get: func(t *Thread, self Value) (Value, error) {
			e, err := asExc(self)
			if err != nil {
				return nil, err
			}
			return e.ensureDict(t), nil
		}, Set: func(t *Thread, self, v Value) error {
			e, err := asExc(self)
			if err != nil {
				return err
			}
			if v == nil {
				return Errorf(TypeError, "__dict__ may not be deleted")
			}
			d, ok := v.(*Dict)
			if !ok {
				return Errorf(TypeError, "__dict__ must be a dictionary")
			}
			e.ref.Write(t.tx()).dict = d
			return nil
		}},
	}
}

// objectMember returns a member descriptor for a field holding any
// object (T_OBJECT: reads None when unset; del unsets it).
func objectMember(name string) GetSet {
	return GetSet{Name: name, Member: true, Get: func(t *Thread, self Value) (Value, error) {
		e, err := asExc(self)
		if err != nil {
			return nil, err
		}
		return orNone(e.Field(t, name)), nil
	}, Set: func(t *Thread, self, v Value) error {
		e, err := asExc(self)
		if err != nil {
			return err
		}
		e.SetField(t, name, v)
		return nil
	}}
}

// ssizeMember returns a member descriptor for a Py_ssize_t field (the
// start and end of Unicode errors).
func ssizeMember(name string) GetSet {
	return GetSet{Name: name, Member: true, Get: func(t *Thread, self Value) (Value, error) {
		e, err := asExc(self)
		if err != nil {
			return nil, err
		}
		if v := e.Field(t, name); v != nil {
			return v, nil
		}
		return Int(0), nil
	}, Set: func(t *Thread, self, v Value) error {
		e, err := asExc(self)
		if err != nil {
			return err
		}
		if v == nil {
			return Errorf(TypeError, "can't delete numeric/char attribute")
		}
		n, err := ssizeArg(t, v, false)
		if err != nil {
			return err
		}
		e.SetField(t, name, Int(n))
		return nil
	}}
}

// ssizeArg converts v to a Py_ssize_t as a member setter (floats
// truncated) or an "n" argument (floats refused) does.
func ssizeArg(t *Thread, v Value, strict bool) (int64, error) {
	switch x := Unwrap(v).(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return boolInt(x), nil
	case *Long:
		if x.v.IsInt64() {
			return x.v.Int64(), nil
		}
		if strict {
			return 0, Errorf(OverflowError, "Python int too large to convert to C long")
		}
		return 0, Errorf(OverflowError, "long int too large to convert to int")
	case Float:
		if strict {
			return 0, Errorf(TypeError, "integer argument expected, got float")
		}
		return int64(x), nil
	}
	if n := v.Type().Number; n != nil && n.Index != nil {
		r, err := n.Index(t, v)
		if err != nil {
			return 0, err
		}
		return ssizeArg(t, r, strict)
	}
	return 0, Errorf(TypeError, "an integer is required")
}

// EnvironmentError, IOError, OSError.

func envErrorInit(t *Thread, e *BaseExc, args *Tuple) error {
	e.SetArgs(t, args)
	n := len(args.elems)
	if n <= 1 || n > 3 {
		return nil
	}
	e.SetField(t, "errno", args.elems[0])
	e.SetField(t, "strerror", args.elems[1])
	if n == 3 {
		e.SetField(t, "filename", args.elems[2])
		e.ref.Write(t.tx()).args = NewTuple(args.elems[0], args.elems[1])
	}
	return nil
}

func envErrorStr(t *Thread, v Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	errno, strerror, filename := e.Field(t, "errno"), e.Field(t, "strerror"), e.Field(t, "filename")
	if filename != nil {
		r, err := Repr(t, filename)
		if err != nil {
			return nil, err
		}
		a, err := StrString(t, orNone(errno))
		if err != nil {
			return nil, err
		}
		b, err := StrString(t, orNone(strerror))
		if err != nil {
			return nil, err
		}
		return NewStr("[Errno " + a + "] " + b + ": " + r.s), nil
	}
	if errno != nil && strerror != nil {
		a, err := StrString(t, errno)
		if err != nil {
			return nil, err
		}
		b, err := StrString(t, strerror)
		if err != nil {
			return nil, err
		}
		return NewStr("[Errno " + a + "] " + b), nil
	}
	return baseExcStrArgs(t, e.Args(t))
}

func envErrorReduce(t *Thread, self Value, args, kw []Value) (Value, error) {
	e, err := asExc(self)
	if err != nil {
		return nil, err
	}
	a := e.Args(t)
	if f := e.Field(t, "filename"); f != nil && len(a.elems) == 2 {
		a = NewTuple(a.elems[0], a.elems[1], f)
	}
	return excReduce(t, e, a), nil
}

// SyntaxError.

func syntaxErrorInit(t *Thread, e *BaseExc, args *Tuple) error {
	e.SetArgs(t, args)
	n := len(args.elems)
	if n >= 1 {
		e.SetField(t, "msg", args.elems[0])
	}
	if n == 2 {
		info, err := ToSlice(t, args.elems[1])
		if err != nil {
			return err
		}
		if len(info) != 4 {
			return Errorf(IndexError, "tuple index out of range")
		}
		e.SetField(t, "filename", info[0])
		e.SetField(t, "lineno", info[1])
		e.SetField(t, "offset", info[2])
		e.SetField(t, "text", info[3])
	}
	return nil
}

func syntaxErrorStr(t *Thread, v Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	s, err := ToStr(t, orNone(e.Field(t, "msg")))
	if err != nil {
		return nil, err
	}
	file, haveFile := e.Field(t, "filename").(*Str)
	var line int64
	haveLine := false
	if l := e.Field(t, "lineno"); l != nil {
		line, haveLine = isIntLike(l)
	}
	switch {
	case haveFile && haveLine:
		return NewStr(fmt.Sprintf("%s (%s, line %d)", s.s, baseName(file.s), line)), nil
	case haveFile:
		return NewStr(fmt.Sprintf("%s (%s)", s.s, baseName(file.s))), nil
	case haveLine:
		return NewStr(fmt.Sprintf("%s (line %d)", s.s, line)), nil
	}
	return s, nil
}

func baseName(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// SystemExit and KeyError.

func systemExitInit(t *Thread, e *BaseExc, args *Tuple) error {
	e.SetArgs(t, args)
	switch len(args.elems) {
	case 0:
	case 1:
		e.SetField(t, "code", args.elems[0])
	default:
		e.SetField(t, "code", args)
	}
	return nil
}

func keyErrorStr(t *Thread, v Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	if args := e.Args(t); len(args.elems) == 1 {
		return Repr(t, args.elems[0])
	}
	return baseExcStrArgs(t, e.Args(t))
}

// Unicode errors.

// unicodeErrorInit parses the arguments of UnicodeEncodeError
// (encoding, object, start, end, reason), UnicodeDecodeError (the same
// with a str object) and UnicodeTranslateError (object, start, end,
// reason).
func unicodeErrorInit(kind *Type) func(t *Thread, e *BaseExc, args *Tuple) error {
	return func(t *Thread, e *BaseExc, args *Tuple) error {
		e.SetArgs(t, args)
		a := args.elems
		want := 5
		if kind == UnicodeTranslateError {
			want = 4
		}
		if len(a) != want {
			return Errorf(TypeError, "function takes exactly %d arguments (%d given)", want, len(a))
		}
		checkStr := func(i int) error {
			if _, ok := Unwrap(a[i]).(*Str); !ok {
				return Errorf(TypeError, "argument %d must be str, not %s", i+1, a[i].Type().Name)
			}
			return nil
		}
		checkUnicode := func(i int) error {
			if _, ok := Unwrap(a[i]).(*Unicode); !ok {
				return Errorf(TypeError, "argument %d must be unicode, not %s", i+1, a[i].Type().Name)
			}
			return nil
		}
		var encoding Value
		i := 0
		if kind != UnicodeTranslateError {
			if err := checkStr(0); err != nil {
				return err
			}
			encoding = a[0]
			i = 1
		}
		if kind == UnicodeDecodeError {
			if err := checkStr(i); err != nil {
				return err
			}
		} else if err := checkUnicode(i); err != nil {
			return err
		}
		start, err := ssizeArg(t, a[i+1], true)
		if err != nil {
			return err
		}
		end, err := ssizeArg(t, a[i+2], true)
		if err != nil {
			return err
		}
		if err := checkStr(i + 3); err != nil {
			return err
		}
		e.SetField(t, "encoding", encoding)
		e.SetField(t, "object", a[i])
		e.SetField(t, "start", Int(start))
		e.SetField(t, "end", Int(end))
		e.SetField(t, "reason", a[i+3])
		return nil
	}
}

// unicodeErrorParts returns the str of reason and encoding, start, end
// and the length of object; ok is false for an instance never
// initialized.
func unicodeErrorParts(t *Thread, e *BaseExc, withEncoding bool) (reason, encoding string, start, end int64, obj Value, err error) {
	obj = e.Field(t, "object")
	if obj == nil {
		return
	}
	if reason, err = StrString(t, orNone(e.Field(t, "reason"))); err != nil {
		return
	}
	if withEncoding {
		if encoding, err = StrString(t, orNone(e.Field(t, "encoding"))); err != nil {
			return
		}
	}
	start, _ = isIntLike(orNone(e.Field(t, "start")))
	end, _ = isIntLike(orNone(e.Field(t, "end")))
	return
}

func badCharEscape(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("u%04x", r)
	}
	return fmt.Sprintf("U%08x", r)
}

func unicodeEncodeErrorStr(t *Thread, v Value) (Value, error) {
	return unicodeCharErrorStr(t, v, true, "encode")
}

func unicodeTranslateErrorStr(t *Thread, v Value) (Value, error) {
	return unicodeCharErrorStr(t, v, false, "translate")
}

func unicodeCharErrorStr(t *Thread, v Value, withEncoding bool, verb string) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	reason, encoding, start, end, obj, err := unicodeErrorParts(t, e, withEncoding)
	if err != nil || obj == nil {
		return emptyStr, err
	}
	var runes []rune
	if u, ok := Unwrap(obj).(*Unicode); ok {
		runes = u.r
	}
	prefix := "can't " + verb
	if withEncoding {
		prefix = "'" + encoding + "' codec " + prefix
	}
	if start >= 0 && start < int64(len(runes)) && end == start+1 {
		return NewStr(fmt.Sprintf("%s character u'\\%s' in position %d: %s", prefix, badCharEscape(runes[start]), start, reason)), nil
	}
	return NewStr(fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, reason)), nil
}

func unicodeDecodeErrorStr(t *Thread, v Value) (Value, error) {
	e, err := asExc(v)
	if err != nil {
		return nil, err
	}
	reason, encoding, start, end, obj, err := unicodeErrorParts(t, e, true)
	if err != nil || obj == nil {
		return emptyStr, err
	}
	var s string
	if x, ok := Unwrap(obj).(*Str); ok {
		s = x.s
	}
	if start >= 0 && start < int64(len(s)) && end == start+1 {
		return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, s[start], start, reason)), nil
	}
	return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end-1, reason)), nil
}

// Traceback attributes.

func tbGetSets() []GetSet {
	tb := func(name string, get func(tb *Traceback) Value) GetSet {
		return GetSet{Name: name, Member: true, Get: func(t *Thread, self Value) (Value, error) {
			return get(self.(*Traceback)), nil
		}}
	}
	return []GetSet{
		tb("tb_next", func(tb *Traceback) Value {
			if tb.Next == nil {
				return None
			}
			return tb.Next
		}),
		tb("tb_frame", func(tb *Traceback) Value { return orNone(tb.Frame) }),
		tb("tb_lineno", func(tb *Traceback) Value { return Int(tb.Lineno) }),
		tb("tb_lasti", func(tb *Traceback) Value { return Int(tb.Lasti) }),
	}
}

func init() {
	excInits = map[*Type]func(t *Thread, e *BaseExc, args *Tuple) error{
		BaseException:         baseExcInitArgs,
		EnvironmentError:      envErrorInit,
		SyntaxError:           syntaxErrorInit,
		SystemExit:            systemExitInit,
		UnicodeEncodeError:    unicodeErrorInit(UnicodeEncodeError),
		UnicodeDecodeError:    unicodeErrorInit(UnicodeDecodeError),
		UnicodeTranslateError: unicodeErrorInit(UnicodeTranslateError),
	}
	for typ, f := range excInits {
		typ.Init = excInitFunc(f)
	}
	BaseException.New = baseExcNew
	BaseException.Str = baseExcStr
	BaseException.Repr = baseExcRepr
	BaseException.Unicode = baseExcUnicode
	BaseException.GetItem = baseExcGetItem
	BaseException.GetSlice = baseExcGetSlice
	BaseException.GetAttr = GenericGetAttr
	BaseException.SetAttr = excSetAttr
	BaseException.AddGetSets(baseExcGetSets())
	BaseException.AddMethods([]MethodDef{
		{Name: "__reduce__", Fn: baseExcReduce},
		{Name: "__setstate__", Fn: baseExcSetstate},
		{Name: "__unicode__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			return baseExcUnicode(t, self)
		}},
	})

	EnvironmentError.Str = envErrorStr
	EnvironmentError.AddGetSets([]GetSet{objectMember("errno"), objectMember("strerror"), objectMember("filename")})
	EnvironmentError.AddMethods([]MethodDef{{Name: "__reduce__", Fn: envErrorReduce}})

	SyntaxError.Str = syntaxErrorStr
	SyntaxError.AddGetSets([]GetSet{objectMember("msg"), objectMember("filename"), objectMember("lineno"),
		objectMember("offset"), objectMember("text"), objectMember("print_file_and_line")})

	SystemExit.AddGetSets([]GetSet{objectMember("code")})
	KeyError.Str = keyErrorStr

	UnicodeEncodeError.Str = unicodeEncodeErrorStr
	UnicodeDecodeError.Str = unicodeDecodeErrorStr
	UnicodeTranslateError.Str = unicodeTranslateErrorStr
	for _, typ := range []*Type{UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError} {
		typ.AddGetSets([]GetSet{objectMember("encoding"), objectMember("object"), ssizeMember("start"),
			ssizeMember("end"), objectMember("reason")})
	}

	TracebackType.AddGetSets(tbGetSets())
}

// Environment errors from Go.

// NewEnvError returns an exception of class typ (EnvironmentError or a
// subclass) with errno and strerror, and the filename unless it is "".
func NewEnvError(typ *Type, errno int, strerror, filename string) *Exception {
	args := []Value{Int(errno), NewStr(strerror)}
	if filename != "" {
		args = append(args, NewStr(filename))
	}
	return NewException(typ, args...)
}

// NewIOError returns IOError(errno, strerror[, filename]).
func NewIOError(errno int, strerror, filename string) *Exception {
	return NewEnvError(IOError, errno, strerror, filename)
}

// NewOSError returns OSError(errno, strerror[, filename]).
func NewOSError(errno int, strerror, filename string) *Exception {
	return NewEnvError(OSError, errno, strerror, filename)
}

// NewErrnoError returns an exception of class typ for errno with the C
// library's message for it and filename (if not ""), as CPython's
// PyErr_SetFromErrnoWithFilename does.
func NewErrnoError(typ *Type, errno int, filename string) *Exception {
	return NewEnvError(typ, errno, Strerror(errno), filename)
}

// FromGoError converts an error of Go's os or syscall packages to an
// IOError (the class of file operations) carrying the errno and the C
// library's message: "[Errno 2] No such file or directory: 'x'".
// filename, if not "", is the file the message names; otherwise the
// path a *fs.PathError carries is not shown (CPython names the file
// only where the caller passes it). A *Exception is returned as it is;
// other errors become an IOError with their text.
func FromGoError(err error, filename string) error {
	return goErrorAs(IOError, err, filename)
}

// OSErrorFromGo is FromGoError giving an OSError (the class of the os
// module's functions).
func OSErrorFromGo(err error, filename string) error {
	return goErrorAs(OSError, err, filename)
}

// ErrnoOf returns the errno of a Go error from os or syscall calls, or 0.
func ErrnoOf(err error) int {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return int(errno)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return int(syscall.ENOENT)
	case errors.Is(err, fs.ErrExist):
		return int(syscall.EEXIST)
	case errors.Is(err, fs.ErrPermission):
		return int(syscall.EACCES)
	case errors.Is(err, os.ErrClosed):
		return int(syscall.EBADF)
	}
	return 0
}

func goErrorAs(typ *Type, err error, filename string) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Exception); ok {
		return e
	}
	if n := ErrnoOf(err); n != 0 {
		return NewErrnoError(typ, n, filename)
	}
	return NewException(typ, NewStr(err.Error()))
}

// Strerror returns the C library's message for errno (glibc's text, as
// os.strerror and CPython's error messages show it).
func Strerror(errno int) string {
	if s, ok := errnoMessages[errno]; ok {
		return s
	}
	if errno == 0 {
		return "Success"
	}
	return fmt.Sprintf("Unknown error %d", errno)
}

// errnoMessages are glibc's strerror texts on Linux.
var errnoMessages = map[int]string{
	1:   "Operation not permitted",
	2:   "No such file or directory",
	3:   "No such process",
	4:   "Interrupted system call",
	5:   "Input/output error",
	6:   "No such device or address",
	7:   "Argument list too long",
	8:   "Exec format error",
	9:   "Bad file descriptor",
	10:  "No child processes",
	11:  "Resource temporarily unavailable",
	12:  "Cannot allocate memory",
	13:  "Permission denied",
	14:  "Bad address",
	15:  "Block device required",
	16:  "Device or resource busy",
	17:  "File exists",
	18:  "Invalid cross-device link",
	19:  "No such device",
	20:  "Not a directory",
	21:  "Is a directory",
	22:  "Invalid argument",
	23:  "Too many open files in system",
	24:  "Too many open files",
	25:  "Inappropriate ioctl for device",
	26:  "Text file busy",
	27:  "File too large",
	28:  "No space left on device",
	29:  "Illegal seek",
	30:  "Read-only file system",
	31:  "Too many links",
	32:  "Broken pipe",
	33:  "Numerical argument out of domain",
	34:  "Numerical result out of range",
	35:  "Resource deadlock avoided",
	36:  "File name too long",
	37:  "No locks available",
	38:  "Function not implemented",
	39:  "Directory not empty",
	40:  "Too many levels of symbolic links",
	41:  "Unknown error 41",
	42:  "No message of desired type",
	43:  "Identifier removed",
	44:  "Channel number out of range",
	45:  "Level 2 not synchronized",
	46:  "Level 3 halted",
	47:  "Level 3 reset",
	48:  "Link number out of range",
	49:  "Protocol driver not attached",
	50:  "No CSI structure available",
	51:  "Level 2 halted",
	52:  "Invalid exchange",
	53:  "Invalid request descriptor",
	54:  "Exchange full",
	55:  "No anode",
	56:  "Invalid request code",
	57:  "Invalid slot",
	58:  "Unknown error 58",
	59:  "Bad font file format",
	60:  "Device not a stream",
	61:  "No data available",
	62:  "Timer expired",
	63:  "Out of streams resources",
	64:  "Machine is not on the network",
	65:  "Package not installed",
	66:  "Object is remote",
	67:  "Link has been severed",
	68:  "Advertise error",
	69:  "Srmount error",
	70:  "Communication error on send",
	71:  "Protocol error",
	72:  "Multihop attempted",
	73:  "RFS specific error",
	74:  "Bad message",
	75:  "Value too large for defined data type",
	76:  "Name not unique on network",
	77:  "File descriptor in bad state",
	78:  "Remote address changed",
	79:  "Can not access a needed shared library",
	80:  "Accessing a corrupted shared library",
	81:  ".lib section in a.out corrupted",
	82:  "Attempting to link in too many shared libraries",
	83:  "Cannot exec a shared library directly",
	84:  "Invalid or incomplete multibyte or wide character",
	85:  "Interrupted system call should be restarted",
	86:  "Streams pipe error",
	87:  "Too many users",
	88:  "Socket operation on non-socket",
	89:  "Destination address required",
	90:  "Message too long",
	91:  "Protocol wrong type for socket",
	92:  "Protocol not available",
	93:  "Protocol not supported",
	94:  "Socket type not supported",
	95:  "Operation not supported",
	96:  "Protocol family not supported",
	97:  "Address family not supported by protocol",
	98:  "Address already in use",
	99:  "Cannot assign requested address",
	100: "Network is down",
	101: "Network is unreachable",
	102: "Network dropped connection on reset",
	103: "Software caused connection abort",
	104: "Connection reset by peer",
	105: "No buffer space available",
	106: "Transport endpoint is already connected",
	107: "Transport endpoint is not connected",
	108: "Cannot send after transport endpoint shutdown",
	109: "Too many references: cannot splice",
	110: "Connection timed out",
	111: "Connection refused",
	112: "Host is down",
	113: "No route to host",
	114: "Operation already in progress",
	115: "Operation now in progress",
	116: "Stale file handle",
	117: "Structure needs cleaning",
	118: "Not a XENIX named type file",
	119: "No XENIX semaphores available",
	120: "Is a named type file",
	121: "Remote I/O error",
	122: "Disk quota exceeded",
	123: "No medium found",
	124: "Wrong medium type",
	125: "Operation canceled",
	126: "Required key not available",
	127: "Key has expired",
	128: "Key has been revoked",
	129: "Key was rejected by service",
	130: "Owner died",
	131: "State not recoverable",
	132: "Operation not possible due to RF-kill",
	133: "Memory page has hardware error",
}

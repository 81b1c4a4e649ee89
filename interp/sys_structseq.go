package interp

import (
	"math"
	"os"
	"strings"

	o "github.com/pystm/pystm/objects"
)

// StructSeq is a struct sequence (CPython's structseq): a read-only
// record whose fields are readable by name and, for the first
// n_sequence_fields of them, by index, as sys.version_info,
// time.struct_time and posix.stat_result. In Python 2.7 it is not a
// tuple subclass, but it behaves like a tuple of its sequence fields in
// indexing, slicing, comparison, concatenation and hashing. It never
// changes once made, so it needs no barrier.
type StructSeq struct {
	st   *StructSeqType
	vals []o.Value // every field, n_fields of them
	tu   *o.Tuple  // the sequence fields
}

// Type returns the struct sequence's own type.
func (s *StructSeq) Type() *o.Type { return s.st.Type }

// Field returns field i (0 <= i < n_fields), visible or not.
func (s *StructSeq) Field(i int) o.Value { return s.vals[i] }

// Tuple returns the sequence fields as a tuple.
func (s *StructSeq) Tuple() *o.Tuple { return s.tu }

// StructSeqType describes a struct sequence type: its Python type, how
// many of its fields form the sequence, and the names of all of them.
type StructSeqType struct {
	// Type is the Python type ("time.struct_time").
	Type *o.Type
	// Fixup, if set, may adjust the fields of an instance made by
	// calling the type from Python, before it is built (posix.stat_result
	// fills its float times from the integer ones).
	Fixup func(vals []o.Value)

	nSeq   int
	fields []string // every field; "" for an unnamed one
	named  []string // the named fields, in order (CPython's tp_members)
}

// NewStructSeqType makes a struct sequence type named name (with its
// module: "time.struct_time") whose first nSeq fields form the sequence
// and whose fields are fields; an empty name is an unnamed field (it
// counts in n_fields and n_unnamed_fields but has no attribute, as the
// integer times of posix.stat_result). Calling the type from Python
// builds an instance from a sequence and an optional dict, as CPython's
// structseq_new does. It must run in package initialization, before
// objects.Ready.
func NewStructSeqType(name string, nSeq int, fields ...string) *StructSeqType {
	st := &StructSeqType{nSeq: nSeq, fields: fields}
	typ := o.NewBuiltinType(name, o.ObjectType, 0)
	st.Type = typ
	typ.Repr = st.repr
	typ.Hash = func(t *o.Thread, v o.Value) (int64, error) { return o.Hash(t, v.(*StructSeq).tu) }
	typ.Len = func(t *o.Thread, v o.Value) (int, error) { return v.(*StructSeq).tu.Len(), nil }
	typ.GetItem = structSeqGetItem
	typ.GetSlice = func(t *o.Thread, v o.Value, lo, hi int) (o.Value, error) {
		return o.GetItem(t, v.(*StructSeq).tu, o.NewSlice(o.Int(lo), o.Int(hi), o.None))
	}
	typ.Contains = func(t *o.Thread, v, x o.Value) (bool, error) { return o.Contains(t, v.(*StructSeq).tu, x) }
	typ.Concat = func(t *o.Thread, a, b o.Value) (o.Value, error) {
		return o.BinaryOp(t, a.(*StructSeq).tu, b, o.OpAdd)
	}
	typ.Repeat = func(t *o.Thread, v o.Value, n int) (o.Value, error) {
		return o.BinaryOp(t, v.(*StructSeq).tu, o.Int(n), o.OpMul)
	}
	typ.Compare = func(t *o.Thread, a, b o.Value, op o.Cmp) (o.Value, error) {
		s, ok := a.(*StructSeq)
		if !ok {
			return o.NotImplemented, nil
		}
		return o.RichCompare(t, s.tu, b, op)
	}
	typ.New = st.new
	for i, f := range fields {
		if f == "" {
			continue
		}
		i := i
		st.named = append(st.named, f)
		typ.AddGetSets([]o.GetSet{{Name: f, Member: true, Get: func(t *o.Thread, self o.Value) (o.Value, error) {
			return self.(*StructSeq).vals[i], nil
		}, Set: readonlyMember}})
	}
	typ.AddAttr("n_sequence_fields", o.Int(nSeq))
	typ.AddAttr("n_fields", o.Int(len(fields)))
	typ.AddAttr("n_unnamed_fields", o.Int(len(fields)-len(st.named)))
	typ.AddMethods([]o.MethodDef{{Name: "__reduce__", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		return self.(*StructSeq).reduce(t)
	}}})
	return st
}

// ForbidNew makes calling the type from Python a TypeError, as for
// sys.version_info ("cannot create 'sys.version_info' instances").
func (st *StructSeqType) ForbidNew() {
	st.Type.New = func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
		return nil, o.Errorf(o.TypeError, "cannot create '%s' instances", typ.Name)
	}
}

// SetDoc sets the type's __doc__.
func (st *StructSeqType) SetDoc(doc string) { st.Type.AddAttr("__doc__", o.NewStr(doc)) }

// NSeq returns n_sequence_fields.
func (st *StructSeqType) NSeq() int { return st.nSeq }

// NFields returns n_fields.
func (st *StructSeqType) NFields() int { return len(st.fields) }

// Make returns an instance with the given fields; missing trailing
// fields are None.
func (st *StructSeqType) Make(vals ...o.Value) *StructSeq {
	all := make([]o.Value, len(st.fields))
	n := copy(all, vals)
	for ; n < len(all); n++ {
		all[n] = o.None
	}
	return &StructSeq{st: st, vals: all, tu: o.NewTuple(all[:st.nSeq]...)}
}

// new is the type's __new__(sequence[, dict]): the first fields come
// from the sequence (at least n_sequence_fields, at most n_fields of
// them), the others from dict by name, else None.
func (st *StructSeqType) new(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if len(args) == 0 && !hasKeyword(kw, "sequence") {
		return nil, o.Errorf(o.TypeError, "Required argument 'sequence' (pos 1) not found")
	}
	a, err := parseArgs("structseq", args, kw, 1, "sequence", "dict")
	if err != nil {
		return nil, err
	}
	items, err := sequenceItems(t, a[0])
	if err != nil {
		return nil, err
	}
	var dict *o.Dict
	if a[1] != nil {
		d, ok := a[1].(*o.Dict)
		if !ok {
			return nil, o.Errorf(o.TypeError, "%s() takes a dict as second arg, if any", typ.Name)
		}
		dict = d
	}
	n, min, max := len(items), st.nSeq, len(st.fields)
	if n < min {
		if min == max {
			return nil, o.Errorf(o.TypeError, "%s() takes a %d-sequence (%d-sequence given)", typ.Name, min, n)
		}
		return nil, o.Errorf(o.TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", typ.Name, min, n)
	}
	if n > max {
		if min == max {
			return nil, o.Errorf(o.TypeError, "%s() takes a %d-sequence (%d-sequence given)", typ.Name, max, n)
		}
		return nil, o.Errorf(o.TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", typ.Name, max, n)
	}
	vals := make([]o.Value, max)
	copy(vals, items)
	unnamed := len(st.fields) - len(st.named)
	for i := n; i < max; i++ {
		vals[i] = o.None
		if dict != nil && i-unnamed >= 0 {
			v, err := dict.GetItem(t, o.NewStr(st.named[i-unnamed]))
			if err != nil {
				return nil, err
			}
			if v != nil {
				vals[i] = v
			}
		}
	}
	if st.Fixup != nil {
		st.Fixup(vals)
	}
	return &StructSeq{st: st, vals: vals, tu: o.NewTuple(vals[:st.nSeq]...)}, nil
}

func hasKeyword(kw []o.Value, name string) bool {
	for i := 0; i < len(kw); i += 2 {
		if s, ok := kw[i].(*o.Str); ok && s.String() == name {
			return true
		}
	}
	return false
}

// sequenceItems returns the items of v as PySequence_Fast does, with
// structseq's message for a non-sequence.
func sequenceItems(t *o.Thread, v o.Value) ([]o.Value, error) {
	switch x := v.(type) {
	case *o.Tuple:
		return x.Elems(), nil
	case *o.List:
		return append([]o.Value(nil), x.Items(t)...), nil
	}
	items, err := o.ToSlice(t, v)
	if err != nil {
		if o.IsInstanceExc(err, o.TypeError) {
			return nil, o.Errorf(o.TypeError, "constructor requires a sequence")
		}
		return nil, err
	}
	return items, nil
}

// readonlyMember refuses to set or delete a field, as a READONLY member
// descriptor does.
func readonlyMember(t *o.Thread, self, v o.Value) error {
	return o.Errorf(o.TypeError, "readonly attribute")
}

func structSeqGetItem(t *o.Thread, v, key o.Value) (o.Value, error) {
	s := v.(*StructSeq)
	switch k := o.Unwrap(key).(type) {
	case o.Int, o.Bool, *o.Long, *o.Slice:
		return o.GetItem(t, s.tu, k)
	}
	if n := key.Type().Number; n == nil || n.Index == nil {
		return nil, o.Errorf(o.TypeError, "structseq index must be integer")
	}
	return o.GetItem(t, s.tu, key)
}

// structSeqReprMax is the size of the buffer CPython 2.7 builds the
// repr in, less its margin: a repr that would grow past it stops at
// the field that does not fit with "...".
const structSeqReprMax = 512 - 5

func (st *StructSeqType) repr(t *o.Thread, v o.Value) (o.Value, error) {
	s := v.(*StructSeq)
	var b strings.Builder
	b.WriteString(st.Type.Name)
	b.WriteByte('(')
	sep := false
	for i, x := range s.tu.Elems() {
		r, err := o.ReprString(t, x)
		if err != nil {
			return nil, err
		}
		name := ""
		if i < len(st.named) {
			name = st.named[i]
		}
		if b.Len()+len(name)+len(r)+3 > structSeqReprMax {
			b.WriteString("...")
			sep = false
			break
		}
		b.WriteString(name)
		b.WriteByte('=')
		b.WriteString(r)
		b.WriteString(", ")
		sep = true
	}
	out := b.String()
	if sep {
		out = out[:len(out)-2]
	}
	return o.NewStr(out + ")"), nil
}

// reduce is __reduce__: (type, (sequence fields, {other named fields})).
func (s *StructSeq) reduce(t *o.Thread) (o.Value, error) {
	d := o.NewDict()
	unnamed := len(s.st.fields) - len(s.st.named)
	for i := s.st.nSeq; i < len(s.vals); i++ {
		if i-unnamed >= 0 {
			if err := d.SetItem(t, o.NewStr(s.st.named[i-unnamed]), s.vals[i]); err != nil {
				return nil, err
			}
		}
	}
	return o.NewTuple(s.st.Type, o.NewTuple(s.tu, d)), nil
}

// The struct sequence types of sys.
var (
	versionInfoType = sysStructSeqType("sys.version_info", "major", "minor", "micro", "releaselevel", "serial")
	flagsType       = sysStructSeqType("sys.flags", "debug", "py3k_warning", "division_warning", "division_new",
		"inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
		"ignore_environment", "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization")
	floatInfoType = sysStructSeqType("sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
		"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")
	longInfoType = sysStructSeqType("sys.long_info", "bits_per_digit", "sizeof_digit")
)

func sysStructSeqType(name string, fields ...string) *StructSeqType {
	st := NewStructSeqType(name, len(fields), fields...)
	st.ForbidNew()
	return st
}

// setSysStructSeqs stores sys.version_info, sys.flags (from the command
// line's flags), sys.float_info and sys.long_info in the sys module's
// dict d.
func setSysStructSeqs(t *o.Thread, d *o.Dict, f o.RuntimeFlags) {
	b := func(x bool) o.Value {
		if x {
			return o.Int(1)
		}
		return o.Int(0)
	}
	divWarn := 0
	if f.Division == 1 || f.Division == 2 {
		divWarn = f.Division
	}
	d.SetString(t, "flags", flagsType.Make(o.Int(0), b(f.Py3kWarning), o.Int(divWarn), b(f.Division == 3),
		b(f.Inspect), b(f.Inspect), o.Int(f.Optimize), b(f.DontWriteBC || !f.IgnoreEnv && os.Getenv("PYTHONDONTWRITEBYTECODE") != ""), o.Int(0), b(f.NoSite),
		b(f.IgnoreEnv), o.Int(0), o.Int(f.Verbose), o.Int(0), o.Int(f.Bytes), o.Int(0)))
	d.SetString(t, "version_info", versionInfoType.Make(o.Int(2), o.Int(7), o.Int(18), o.NewStr("final"), o.Int(0)))
	d.SetString(t, "float_info", floatInfoType.Make(o.Float(math.MaxFloat64), o.Int(1024), o.Int(308),
		o.Float(0x1p-1022), o.Int(-1021), o.Int(-307), o.Int(15), o.Int(53),
		o.Float(math.Nextafter(1, 2)-1), o.Int(2), o.Int(1)))
	d.SetString(t, "long_info", longInfoType.Make(o.Int(30), o.Int(4)))
}

package interp

import (
	"strings"

	o "github.com/pystm/pystm/objects"
)

// structSeq is a struct sequence (CPython's structseq): a read-only
// record whose fields are readable by name and by index, as
// sys.version_info, sys.flags, sys.float_info and sys.long_info. In
// Python 2.7 it is not a tuple subclass, but it behaves like a tuple in
// indexing, slicing, comparison, concatenation and hashing.
type structSeq struct {
	typ *o.Type
	tu  *o.Tuple
}

// Type returns the struct sequence's own type.
func (s *structSeq) Type() *o.Type { return s.typ }

// structSeqTypes maps each struct sequence type to its field names.
var structSeqTypes = map[*o.Type][]string{}

// newStructSeqType makes a struct sequence type named name (with its
// module, "sys.flags") whose fields are fields. It must run in package
// initialization, before objects.Ready.
func newStructSeqType(name string, fields ...string) *o.Type {
	typ := o.NewBuiltinType(name, o.ObjectType, 0)
	structSeqTypes[typ] = fields
	typ.Repr = structSeqRepr
	typ.Hash = func(t *o.Thread, v o.Value) (int64, error) { return o.Hash(t, v.(*structSeq).tu) }
	typ.Len = func(t *o.Thread, v o.Value) (int, error) { return v.(*structSeq).tu.Len(), nil }
	typ.GetItem = func(t *o.Thread, v, key o.Value) (o.Value, error) { return o.GetItem(t, v.(*structSeq).tu, key) }
	typ.Contains = func(t *o.Thread, v, x o.Value) (bool, error) { return o.Contains(t, v.(*structSeq).tu, x) }
	typ.Concat = func(t *o.Thread, a, b o.Value) (o.Value, error) {
		return o.BinaryOp(t, asTupleValue(a), asTupleValue(b), o.OpAdd)
	}
	typ.Repeat = func(t *o.Thread, v o.Value, n int) (o.Value, error) {
		return o.BinaryOp(t, v.(*structSeq).tu, o.Int(n), o.OpMul)
	}
	typ.Compare = func(t *o.Thread, a, b o.Value, op o.Cmp) (o.Value, error) {
		return o.RichCompare(t, asTupleValue(a), asTupleValue(b), op)
	}
	typ.New = func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
		return nil, o.Errorf(o.TypeError, "cannot create '%s' instances", typ.Name)
	}
	gs := make([]o.GetSet, len(fields))
	for i, f := range fields {
		i := i
		gs[i] = o.GetSet{Name: f, Member: true, Get: func(t *o.Thread, self o.Value) (o.Value, error) {
			return self.(*structSeq).tu.Elems()[i], nil
		}}
	}
	typ.AddGetSets(gs)
	typ.AddAttr("n_sequence_fields", o.Int(len(fields)))
	typ.AddAttr("n_fields", o.Int(len(fields)))
	typ.AddAttr("n_unnamed_fields", o.Int(0))
	typ.AddMethods([]o.MethodDef{{Name: "__reduce__", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		s := self.(*structSeq)
		return o.NewTuple(s.typ, o.NewTuple(s.tu, o.NewDict())), nil
	}}})
	return typ
}

func asTupleValue(v o.Value) o.Value {
	if s, ok := v.(*structSeq); ok {
		return s.tu
	}
	return v
}

func newStructSeq(typ *o.Type, vals ...o.Value) *structSeq {
	return &structSeq{typ: typ, tu: o.NewTuple(vals...)}
}

func structSeqRepr(t *o.Thread, v o.Value) (o.Value, error) {
	s := v.(*structSeq)
	var b strings.Builder
	b.WriteString(s.typ.Name)
	b.WriteByte('(')
	for i, f := range structSeqTypes[s.typ] {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := o.Repr(t, s.tu.Elems()[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(f)
		b.WriteByte('=')
		b.WriteString(r.String())
	}
	b.WriteByte(')')
	return o.NewStr(b.String()), nil
}

// The struct sequence types of sys.
var (
	versionInfoType = newStructSeqType("sys.version_info", "major", "minor", "micro", "releaselevel", "serial")
	flagsType       = newStructSeqType("sys.flags", "debug", "py3k_warning", "division_warning", "division_new",
		"inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
		"ignore_environment", "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization")
	floatInfoType = newStructSeqType("sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
		"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")
	longInfoType = newStructSeqType("sys.long_info", "bits_per_digit", "sizeof_digit")
)

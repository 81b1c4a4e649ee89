package interp

import (
	"math"
	"math/big"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// The functions of __builtin__, with CPython 2.7's argument checking and
// error messages.

func noKeywords(name string, kw []o.Value) error {
	if len(kw) > 0 {
		return o.Errorf(o.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// unpackTuple checks a METH_VARARGS argument count as PyArg_UnpackTuple.
func unpackTuple(name string, args, kw []o.Value, min, max int) error {
	if err := noKeywords(name, kw); err != nil {
		return err
	}
	if len(args) < min {
		if min == max {
			return o.Errorf(o.TypeError, "%s expected %d arguments, got %d", name, min, len(args))
		}
		return o.Errorf(o.TypeError, "%s expected at least %d arguments, got %d", name, min, len(args))
	}
	if len(args) > max {
		if min == max {
			return o.Errorf(o.TypeError, "%s expected %d arguments, got %d", name, max, len(args))
		}
		return o.Errorf(o.TypeError, "%s expected at most %d arguments, got %d", name, max, len(args))
	}
	return nil
}

// oneArg checks a METH_O function's single argument.
func oneArg(name string, args, kw []o.Value) error {
	if err := noKeywords(name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return o.Errorf(o.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

func noArgs(name string, args, kw []o.Value) error {
	if err := noKeywords(name, kw); err != nil {
		return err
	}
	if len(args) != 0 {
		return o.Errorf(o.TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

func bf(name string, fn func(t *o.Thread, args, kw []o.Value) (o.Value, error)) o.MethodDef {
	return o.MethodDef{Name: name, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		return fn(t, args, kw)
	}}
}

// attrName converts an attribute name argument as getattr, hasattr,
// setattr and delattr do: a str (or an instance of a subclass) as it
// is, a unicode encoded with the default encoding (whose errors are
// returned); ok is false for any other type.
func attrName(t *o.Thread, v o.Value) (name *o.Str, ok bool, err error) {
	switch s := o.Unwrap(v).(type) {
	case *o.Str:
		return o.Intern(s.String()), true, nil
	case *o.Unicode:
		str, err := o.ToStr(t, s)
		if err != nil {
			return nil, true, err
		}
		return o.Intern(str.String()), true, nil
	}
	return nil, false, nil
}

func iterItems(t *o.Thread, v o.Value) ([]o.Value, error) { return o.ToSlice(t, v) }

func init() {
	for _, name := range []string{"enumerate", "reversed", "buffer", "memoryview"} {
		if typ := o.BuiltinType(name); typ != nil {
			builtinValues[name] = typ
		}
	}
	addBuiltins(
		bf("abs", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("abs", args, kw); err != nil {
				return nil, err
			}
			return o.Abs(t, args[0])
		}),
		bf("all", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("all", args, kw); err != nil {
				return nil, err
			}
			res := true
			err := o.ForEach(t, args[0], func(x o.Value) (bool, error) {
				b, err := o.Truth(t, x)
				if err != nil {
					return false, err
				}
				if !b {
					res = false
					return false, nil
				}
				return true, nil
			})
			return o.NewBool(res), err
		}),
		bf("any", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("any", args, kw); err != nil {
				return nil, err
			}
			res := false
			err := o.ForEach(t, args[0], func(x o.Value) (bool, error) {
				b, err := o.Truth(t, x)
				if err != nil {
					return false, err
				}
				if b {
					res = true
					return false, nil
				}
				return true, nil
			})
			return o.NewBool(res), err
		}),
		bf("apply", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("apply", args, kw, 1, 3); err != nil {
				return nil, err
			}
			var pos, kws []o.Value
			if len(args) > 1 {
				tu, ok := args[1].(*o.Tuple)
				if !ok {
					items, err := o.ToSlice(t, args[1])
					if err != nil {
						return nil, o.Errorf(o.TypeError, "apply() arg 2 expected sequence, found %s", args[1].Type().Name)
					}
					pos = items
				} else {
					pos = tu.Elems()
				}
			}
			if len(args) > 2 {
				d, ok := args[2].(*o.Dict)
				if !ok {
					return nil, o.Errorf(o.TypeError, "apply() arg 3 expected dictionary, found %s", args[2].Type().Name)
				}
				ks, vs := d.Items(t)
				for i := range ks {
					kws = append(kws, ks[i], vs[i])
				}
			}
			return o.Call(t, args[0], pos, kws)
		}),
		bf("bin", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("bin", args, kw); err != nil {
				return nil, err
			}
			v, err := o.Index(t, args[0])
			if err != nil {
				return nil, err
			}
			b, _ := o.AsBig(v)
			s := b.Text(2)
			if strings.HasPrefix(s, "-") {
				s = "-0b" + s[1:]
			} else {
				s = "0b" + s
			}
			return o.NewStr(s), nil
		}),
		bf("callable", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("callable", args, kw); err != nil {
				return nil, err
			}
			if oi, ok := args[0].(*o.OldInstance); ok {
				_, err := o.GetAttrString(t, oi, "__call__")
				return o.NewBool(err == nil), nil
			}
			return o.NewBool(o.Callable(args[0])), nil
		}),
		bf("chr", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := o.ParseTuple("chr", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := o.AsInt(t, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, o.Errorf(o.ValueError, "chr() arg not in range(256)")
			}
			return o.CharStr(byte(n)), nil
		}),
		bf("unichr", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := o.ParseTuple("unichr", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := o.ArgCInt(t, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 0x10ffff {
				return nil, o.Errorf(o.ValueError, "unichr() arg not in range(0x110000) (wide Python build)")
			}
			return o.NewUnicode([]rune{rune(n)}), nil
		}),
		bf("cmp", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("cmp", args, kw, 2, 2); err != nil {
				return nil, err
			}
			c, err := o.Compare3(t, args[0], args[1])
			if err != nil {
				return nil, err
			}
			return o.Int(c), nil
		}),
		bf("coerce", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("coerce", args, kw, 2, 2); err != nil {
				return nil, err
			}
			return coerce(t, args[0], args[1])
		}),
		bf("delattr", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("delattr", args, kw, 2, 2); err != nil {
				return nil, err
			}
			name, ok, err := attrName(t, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, o.Errorf(o.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
			}
			return o.None, o.SetAttr(t, args[0], name, nil)
		}),
		bf("dir", builtinDir),
		bf("divmod", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("divmod", args, kw, 2, 2); err != nil {
				return nil, err
			}
			return o.BinaryOp(t, args[0], args[1], o.OpDivmod)
		}),
		bf("format", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := o.ParseTuple("format", args, kw, 1, 2); err != nil {
				return nil, err
			}
			var spec o.Value
			if len(args) > 1 {
				spec = args[1]
			}
			return o.Format(t, args[0], spec)
		}),
		bf("getattr", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("getattr", args, kw, 2, 3); err != nil {
				return nil, err
			}
			name, ok, err := attrName(t, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, o.Errorf(o.TypeError, "getattr(): attribute name must be string")
			}
			v, err := o.GetAttr(t, args[0], name)
			if err != nil && len(args) == 3 && o.IsInstanceExc(err, o.AttributeError) {
				return args[2], nil
			}
			return v, err
		}),
		bf("hasattr", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("hasattr", args, kw, 2, 2); err != nil {
				return nil, err
			}
			name, ok, err := attrName(t, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, o.Errorf(o.TypeError, "hasattr(): attribute name must be string")
			}
			if _, err = o.GetAttr(t, args[0], name); err != nil {
				// 2.7 swallows Exception subclasses only.
				if e := o.AsException(err); isExcClassOf(e, o.ExceptionType) {
					return o.False, nil
				}
				return nil, err
			}
			return o.True, nil
		}),
		bf("hash", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("hash", args, kw); err != nil {
				return nil, err
			}
			h, err := o.Hash(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.Int(h), nil
		}),
		bf("hex", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return hexOct(t, "hex", args, kw)
		}),
		bf("oct", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return hexOct(t, "oct", args, kw)
		}),
		bf("id", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("id", args, kw); err != nil {
				return nil, err
			}
			return o.IntOrLong(int64(o.Id(args[0]))), nil
		}),
		bf("input", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			s, err := rawInput(t, args, kw, "input")
			if err != nil {
				return nil, err
			}
			src := strings.TrimLeft(s.(*o.Str).String(), " \t")
			code, err := CompileSource(t, []byte(src), "<string>", syntax.ModeEval, callerFlags(t))
			if err != nil {
				return nil, err
			}
			f, _ := t.Frame.(*Frame)
			return RunCodeIn(t, code, f.Globals, localsValue(t, f))
		}),
		bf("raw_input", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return rawInput(t, args, kw, "raw_input")
		}),
		bf("intern", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := o.ParseTuple("intern", args, kw, 1, 1); err != nil {
				return nil, err
			}
			s, err := o.ArgString("intern", 1, args[0])
			if err != nil {
				return nil, err
			}
			if _, exact := args[0].(*o.Str); !exact {
				return nil, o.Errorf(o.TypeError, "can't intern subclass of string")
			}
			return o.Intern(s.String()), nil
		}),
		bf("isinstance", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("isinstance", args, kw, 2, 2); err != nil {
				return nil, err
			}
			r, err := o.IsInstance(t, args[0], args[1])
			return o.NewBool(r), err
		}),
		bf("issubclass", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("issubclass", args, kw, 2, 2); err != nil {
				return nil, err
			}
			r, err := o.IsSubclass(t, args[0], args[1])
			return o.NewBool(r), err
		}),
		bf("iter", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("iter", args, kw, 1, 2); err != nil {
				return nil, err
			}
			if len(args) == 1 {
				return o.Iter(t, args[0])
			}
			if !o.Callable(args[0]) {
				return nil, o.Errorf(o.TypeError, "iter(v, w): v must be callable")
			}
			return newCallIter(args[0], args[1]), nil
		}),
		bf("next", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("next", args, kw, 1, 2); err != nil {
				return nil, err
			}
			it := args[0]
			if it.Type().Next == nil {
				return nil, o.Errorf(o.TypeError, "%s object is not an iterator", it.Type().Name)
			}
			var v o.Value
			var err error
			if g, ok := it.(*Generator); ok {
				v, err = g.resume(t, o.None, nil)
			} else {
				v, err = o.Next(t, it)
			}
			if err != nil {
				return nil, err
			}
			if v == nil {
				if len(args) > 1 {
					return args[1], nil
				}
				return nil, o.NewException(o.StopIteration)
			}
			return v, nil
		}),
		bf("open", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return o.Call(t, o.FileType, args, kw)
		}),
		bf("ord", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("ord", args, kw); err != nil {
				return nil, err
			}
			switch s := o.Unwrap(args[0]).(type) {
			case *o.Str:
				if s.Len() != 1 {
					return nil, o.Errorf(o.TypeError, "ord() expected a character, but string of length %d found", s.Len())
				}
				return o.Int(s.String()[0]), nil
			case *o.Unicode:
				if r := s.Runes(); len(r) == 1 {
					return o.Int(r[0]), nil
				}
				return nil, o.Errorf(o.TypeError, "ord() expected a character, but string of length %d found", len(s.Runes()))
			}
			if args[0].Type() == o.ByteArrayType {
				n, _ := o.Len(t, args[0])
				if n == 1 {
					return o.GetItem(t, args[0], o.Int(0))
				}
				return nil, o.Errorf(o.TypeError, "ord() expected a character, but string of length %d found", n)
			}
			return nil, o.Errorf(o.TypeError, "ord() expected string of length 1, but %s found", args[0].Type().Name)
		}),
		bf("pow", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("pow", args, kw, 2, 3); err != nil {
				return nil, err
			}
			z := o.None
			if len(args) == 3 {
				z = args[2]
			}
			return o.Pow(t, args[0], args[1], z)
		}),
		bf("round", builtinRound),
		bf("setattr", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("setattr", args, kw, 3, 3); err != nil {
				return nil, err
			}
			name, ok, err := attrName(t, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, o.Errorf(o.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
			}
			return o.None, o.SetAttr(t, args[0], name, args[2])
		}),
		bf("vars", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := unpackTuple("vars", args, kw, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				if f, ok := t.Frame.(*Frame); ok && f != nil {
					return localsValue(t, f), nil
				}
				return o.NewDict(), nil
			}
			d, err := o.GetAttrString(t, args[0], "__dict__")
			if err != nil {
				return nil, o.Errorf(o.TypeError, "vars() argument must have __dict__ attribute")
			}
			return d, nil
		}),
	)
}

// hexOct is hex() and oct(): the type's __hex__ or __oct__, whose
// result must be a str.
func hexOct(t *o.Thread, name string, args, kw []o.Value) (o.Value, error) {
	if err := oneArg(name, args, kw); err != nil {
		return nil, err
	}
	n := args[0].Type().Number
	var slot o.UnaryFunc
	if n != nil {
		slot = n.Hex
		if name == "oct" {
			slot = n.Oct
		}
	}
	if slot == nil {
		return nil, o.Errorf(o.TypeError, "%s() argument can't be converted to %s", name, name)
	}
	r, err := slot(t, args[0])
	if err != nil {
		return nil, err
	}
	if _, ok := o.Unwrap(r).(*o.Str); !ok {
		return nil, o.Errorf(o.TypeError, "__%s__ returned non-string (type %s)", name, r.Type().Name)
	}
	return r, nil
}

func isExcClassOf(e *o.Exception, base *o.Type) bool {
	c, ok := e.Type.(*o.Type)
	return ok && c.IsSubtype(base)
}

// intArg converts an int-like argument (not float) to int64.
func intArg(t *o.Thread, v o.Value) (int64, error) {
	switch x := o.Unwrap(v).(type) {
	case o.Int:
		return int64(x), nil
	case o.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *o.Long:
		if x.Big().IsInt64() {
			return x.Big().Int64(), nil
		}
		return 0, o.Errorf(o.OverflowError, "Python int too large to convert to C long")
	case o.Float:
		return 0, o.Errorf(o.TypeError, "integer argument expected, got float")
	}
	if n := v.Type().Number; n != nil && n.Int != nil {
		r, err := n.Int(t, v)
		if err != nil {
			return 0, err
		}
		return intArg(t, r)
	}
	return 0, o.Errorf(o.TypeError, "an integer is required")
}

// builtinRound is round(number[, ndigits]), parsed as "d|O:round";
// ndigits is an index clipped to the C range.
func builtinRound(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	var x float64
	a, err := o.ParseTupleKw("round", args, kw, 1, []string{"number", "ndigits"}, func(i int, v o.Value) (err error) {
		if i == 0 {
			x, err = o.AsFloat(t, v)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	nd := 0
	if a[1] != nil {
		if nd, err = o.IndexOf(t, a[1]); err != nil {
			return nil, err
		}
	}
	return o.Float(roundHalfAway(x, nd)), nil
}

// roundHalfAway is Python 2.7's round(): correctly rounded decimal
// rounding, halfway cases away from zero.
func roundHalfAway(x float64, nd int) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x
	}
	// Past these bounds every double rounds to itself or to zero.
	if nd > 323 {
		return x
	}
	if nd < -308 {
		return math.Copysign(0, x)
	}
	// Use the shortest decimal digits that round-trip, as 2.7 does via dtoa.
	s := new(big.Float).SetPrec(0).SetFloat64(x)
	r := new(big.Rat)
	s.Rat(r)
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(nd))), nil))
	if nd >= 0 {
		r.Mul(r, scale)
	} else {
		r.Quo(r, scale)
	}
	// Round half away from zero.
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	m2 := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
	if m2.Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	res := new(big.Rat).SetInt(q)
	if nd >= 0 {
		res.Quo(res, scale)
	} else {
		res.Mul(res, scale)
	}
	f, _ := res.Float64()
	if f == 0 {
		return math.Copysign(0, x)
	}
	return f
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// rawInput is raw_input([prompt]) (and the reading half of input()),
// as CPython 2.7's builtin_raw_input: a pending softspace on sys.stdout
// becomes a space, the prompt is written with str(), and a line is read
// from sys.stdin without its newline; at end of input EOFError. When
// both streams are terminals the line is read as PyOS_Readline reads
// it: sys.stdout flushed, the prompt on the process's stderr.
func rawInput(t *o.Thread, args, kw []o.Value, name string) (o.Value, error) {
	d := t.RT.Sys.Dict()
	fin := d.GetString(t, "stdin")
	fout := d.GetString(t, "stdout")
	if err := noKeywords(name, kw); err != nil {
		return nil, err
	}
	if err := unpackTuple("[raw_]input", args, nil, 0, 1); err != nil {
		return nil, err
	}
	if fin == nil {
		return nil, o.Errorf(o.RuntimeError, "[raw_]input: lost sys.stdin")
	}
	if fout == nil {
		return nil, o.Errorf(o.RuntimeError, "[raw_]input: lost sys.stdout")
	}
	if softspace(t, fout, false) {
		if err := writeString(t, fout, " "); err != nil {
			return nil, err
		}
	}
	inF, ok1 := fin.(*o.File)
	outF, ok2 := fout.(*o.File)
	if ok1 && ok2 && !inF.Closed(t) && !outF.Closed(t) && inF.IsTTY(t) && outF.IsTTY(t) {
		prompt := ""
		if len(args) == 1 {
			s, err := o.StrString(t, args[0])
			if err != nil {
				return nil, err
			}
			prompt = s
		}
		t.Tx.BecomeInevitable()
		o.FlushCStdout()
		if prompt != "" {
			os.Stderr.WriteString(prompt)
		}
		line, err := inF.ReadTTYLine(t)
		if err != nil {
			return nil, err
		}
		if line == "" {
			return nil, o.NewException(o.EOFError)
		}
		return o.NewStr(line[:len(line)-1]), nil
	}
	if len(args) == 1 {
		if err := writeTo(t, fout, args[0]); err != nil {
			return nil, err
		}
	}
	var line o.Value
	if inF != nil {
		s, err := inF.GetLine(t)
		if err != nil {
			return nil, err
		}
		line = s
	} else {
		rl, err := o.GetAttrString(t, fin, "readline")
		if err != nil {
			return nil, err
		}
		if line, err = o.Call(t, rl, nil, nil); err != nil {
			return nil, err
		}
	}
	switch s := o.Unwrap(line).(type) {
	case *o.Str:
		str := s.String()
		if str == "" {
			return nil, o.NewException(o.EOFError, o.NewStr("EOF when reading a line"))
		}
		if str[len(str)-1] == '\n' {
			return o.NewStr(str[:len(str)-1]), nil
		}
		return line, nil
	case *o.Unicode:
		r := s.Runes()
		if len(r) == 0 {
			return nil, o.NewException(o.EOFError, o.NewStr("EOF when reading a line"))
		}
		if r[len(r)-1] == '\n' {
			return o.NewUnicode(r[:len(r)-1]), nil
		}
		return line, nil
	}
	return nil, o.Errorf(o.TypeError, "object.readline() returned non-string")
}

func builtinDir(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := unpackTuple("dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	var names []string
	seen := map[string]bool{}
	add := func(d o.Value) {
		dd, ok := d.(*o.Dict)
		if !ok {
			if p, ok := d.(*o.DictProxy); ok {
				_ = p
			}
			return
		}
		for _, k := range dd.Keys(t) {
			if s, ok := k.(*o.Str); ok && !seen[s.String()] {
				seen[s.String()] = true
				names = append(names, s.String())
			}
		}
	}
	if len(args) == 0 {
		f, _ := t.Frame.(*Frame)
		if f != nil && f.LocalsMap != nil {
			// The keys of a locals mapping given to exec or eval.
			keys, err := o.CallMethod(t, f.LocalsMap, "keys")
			if err != nil {
				return nil, err
			}
			l, ok := o.Unwrap(keys).(*o.List)
			if !ok {
				return nil, o.Errorf(o.TypeError, "dir(): expected keys() of locals to be a list, not %s", keys.Type().Name)
			}
			if _, err := o.CallMethod(t, l, "sort"); err != nil {
				return nil, err
			}
			return keys, nil
		}
		if f != nil {
			add(frameLocals(t, f))
		}
	} else {
		v := args[0]
		// __dir__: an attribute of an old-style instance, else looked
		// up on the type; it must return a list, which is sorted in
		// place and returned.
		var dirfunc o.Value
		if oi, ok := v.(*o.OldInstance); ok {
			m, err := o.GetAttrString(t, oi, "__dir__")
			if err == nil {
				dirfunc = m
			} else if !o.IsInstanceExc(err, o.AttributeError) {
				return nil, err
			}
		} else if v.Type().LookupString(t, "__dir__") != nil {
			m, err := specialBound(t, v, o.Intern("__dir__"))
			if err != nil {
				return nil, err
			}
			dirfunc = m
		}
		if dirfunc != nil {
			r, err := o.Call(t, dirfunc, nil, nil)
			if err != nil {
				return nil, err
			}
			l, ok := o.Unwrap(r).(*o.List)
			if !ok {
				return nil, o.Errorf(o.TypeError, "__dir__() must return a list, not %s", r.Type().Name)
			}
			if _, err := o.CallMethod(t, l, "sort"); err != nil {
				return nil, err
			}
			return r, nil
		}
		switch x := v.(type) {
		case *o.Module:
			add(x.Dict())
		case *o.Type:
			for _, m := range x.MRO {
				add(m.Dict)
			}
		case *o.Class:
			collectClassic(t, x, add)
		default:
			if d, err := o.GetAttrString(t, v, "__dict__"); err == nil {
				add(d)
			}
			if oi, ok := v.(*o.OldInstance); ok {
				collectClassic(t, o.ClassOf(oi).(*o.Class), add)
			} else {
				for _, m := range v.Type().MRO {
					add(m.Dict)
				}
			}
			if m, err := o.GetAttrString(t, v, "__members__"); err == nil {
				items, _ := o.ToSlice(t, m)
				for _, it := range items {
					if s, ok := it.(*o.Str); ok && !seen[s.String()] {
						seen[s.String()] = true
						names = append(names, s.String())
					}
				}
			}
		}
	}
	sort.Strings(names)
	return strList(names), nil
}

func collectClassic(t *o.Thread, c *o.Class, add func(o.Value)) {
	if d, err := o.GetAttrString(t, c, "__dict__"); err == nil {
		add(d)
	}
	for _, b := range c.Bases {
		collectClassic(t, b, add)
	}
}

// reloadModule re-runs a module's source in its existing namespace.
func reloadModule(t *o.Thread, m o.Value) (o.Value, error) {
	mod, ok := m.(*o.Module)
	if !ok {
		return nil, o.Errorf(o.TypeError, "reload() argument must be module")
	}
	name := mod.Name(t)
	if t.RT.Modules.GetString(t, name) != m {
		return nil, o.Errorf(o.ImportError, "reload(): module %s not in sys.modules", name)
	}
	fv, ok := mod.Dict().GetString(t, "__file__").(*o.Str)
	if !ok {
		return m, nil
	}
	file := fv.String()
	var src []byte
	var err error
	if strings.HasPrefix(file, sourceFSPath+"/") {
		_, _, src, _ = findModule(sourceFSPath, strings.TrimSuffix(strings.TrimPrefix(file, sourceFSPath+"/"), ".py"))
	} else {
		src, err = os.ReadFile(file)
		if err != nil {
			return nil, o.Errorf(o.ImportError, "No module named %s", name)
		}
	}
	tree, err := syntax.ParseFile(file, src, 0)
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	code, err := compileTree(t, tree, file, src)
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	d := mod.Dict()
	if _, err := RunCode(t, code, d, d); err != nil {
		return nil, err
	}
	return m, nil
}

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel o.Value
	done         bool
}

var callIterType = o.NewBuiltinType("callable-iterator", o.ObjectType, 0)

func (*callIter) Type() *o.Type { return callIterType }

func newCallIter(fn, sentinel o.Value) *callIter { return &callIter{fn: fn, sentinel: sentinel} }

func init() {
	callIterType.Iter = func(t *o.Thread, v o.Value) (o.Value, error) { return v, nil }
	callIterType.Next = func(t *o.Thread, v o.Value) (o.Value, error) {
		c := v.(*callIter)
		if c.done {
			return nil, nil
		}
		r, err := o.Call(t, c.fn, nil, nil)
		if err != nil {
			if o.IsInstanceExc(err, o.StopIteration) {
				c.done = true
				return nil, nil
			}
			return nil, err
		}
		eq, err := o.Equal(t, r, c.sentinel)
		if err != nil {
			return nil, err
		}
		if eq {
			c.done = true
			return nil, nil
		}
		return r, nil
	}
}

var _ = utf8.RuneLen

// coerce is the coerce() builtin (PyNumber_CoerceEx).
func coerce(t *o.Thread, a, b o.Value) (o.Value, error) {
	if a.Type() == b.Type() && !checkTypes(a) {
		return o.NewTuple(a, b), nil
	}
	try := func(x, y o.Value, swap bool) (o.Value, error) {
		n := x.Type().Number
		if n == nil || n.Coerce == nil {
			return o.NotImplemented, nil
		}
		r, err := n.Coerce(t, x, y)
		if err != nil || r == o.NotImplemented || r == o.None {
			if r == o.None {
				r = o.NotImplemented
			}
			return r, err
		}
		if swap {
			if tu, ok := r.(*o.Tuple); ok && tu.Len() == 2 {
				e := tu.Elems()
				return o.NewTuple(e[1], e[0]), nil
			}
		}
		return r, nil
	}
	r, err := try(a, b, false)
	if err != nil || r != o.NotImplemented {
		return r, err
	}
	r, err = try(b, a, true)
	if err != nil || r != o.NotImplemented {
		return r, err
	}
	return nil, o.Errorf(o.TypeError, "number coercion failed")
}

// checkTypes reports whether v's type has CPython's
// Py_TPFLAGS_CHECKTYPES (its numeric slots take operands of other
// types), which keeps coerce() from pairing two values of the type
// without asking it: the numbers, str, unicode, set, frozenset,
// classic instances and every class defined in Python.
func checkTypes(v o.Value) bool {
	typ := v.Type()
	if typ.IsHeap() {
		return true
	}
	switch v.(type) {
	case o.Int, o.Bool, *o.Long, o.Float, o.Complex, *o.Str, *o.Unicode, *o.OldInstance:
		return true
	}
	return typ == o.SetType || typ == o.FrozenSetType
}

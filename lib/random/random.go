// Package random is Python 2.7's _random module: the Random type, a
// Mersenne Twister with CPython's seeding, state format and jumpahead,
// which random.py's Random subclasses. Its state sits behind an stm.Ref.
package random

import (
	"math/big"
	gotime "time"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

func init() { interp.RegisterModule("_random", newModule) }

// randomType is _random.Random.
var randomType = o.NewBuiltinType("_random.Random", o.ObjectType, o.FlagBaseType)

// Random is an instance of _random.Random (or of a subclass).
type Random struct {
	modutil.Base
	ref stm.Ref[mtState]
}

func init() {
	randomType.AddAttr("__doc__", o.NewStr("Random() -> a Mersenne Twister random number generator with a state of its own."))
	randomType.New = randomNew
	modutil.SetAttrSlots(randomType)
	randomType.AddMethods([]o.MethodDef{
		{Name: "random", Fn: randomRandom, Doc: "random() -> x in the interval [0, 1)."},
		{Name: "seed", Fn: randomSeed, Doc: "seed([n]) -> None.  Without n, or with None, seeds from the current time."},
		{Name: "getstate", Fn: randomGetstate, Doc: "getstate() -> tuple containing the current state."},
		{Name: "setstate", Fn: randomSetstate, Doc: "setstate(state) -> None.  Restores the generator to a state from getstate()."},
		{Name: "jumpahead", Fn: randomJumpahead, Doc: "jumpahead(int) -> None.  Moves to a state derived from the current one and the int."},
		{Name: "getrandbits", Fn: randomGetrandbits, Doc: "getrandbits(k) -> x.  Returns a long with k random bits."},
	})
}

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "_random", nil)
	m.Dict().SetString(t, "__doc__", o.NewStr("The Mersenne Twister random number generator."))
	m.Dict().SetString(t, "Random", randomType)
	return m, nil
}

func tx(t *o.Thread) *stm.Tx { return modutil.Tx(t) }

// effect makes t's transaction inevitable before reading the clock.
func effect(t *o.Thread) {
	if t != nil && t.Tx != nil {
		t.Tx.BecomeInevitable()
	}
}

func randomNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if typ == randomType {
		if err := modutil.NoKeywords("Random()", kw); err != nil {
			return nil, err
		}
	}
	r := &Random{Base: modutil.NewBase(typ, false)}
	r.ref.Init(&mtState{})
	if _, err := randomSeed(t, r, args, nil); err != nil {
		return nil, err
	}
	return r, nil
}

func self(v o.Value) *Random { return v.(*Random) }

func randomRandom(t *o.Thread, s o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("random", args, kw); err != nil {
		return nil, err
	}
	return o.Float(self(s).ref.Write(tx(t)).float53()), nil
}

// seedKey returns the words that seed the generator from n: the
// absolute value of an int or long, else the hash as an unsigned long,
// split into 32-bit words from the least significant.
func seedKey(t *o.Thread, arg o.Value) ([]uint32, error) {
	var n *big.Int
	switch x := o.Unwrap(arg).(type) {
	case o.Int:
		n = big.NewInt(int64(x))
	case o.Bool:
		n = big.NewInt(0)
		if x {
			n.SetInt64(1)
		}
	case *o.Long:
		n = new(big.Int).Set(x.Big())
	default:
		h, err := o.Hash(t, arg)
		if err != nil {
			return nil, err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	n.Abs(n)
	var key []uint32
	words := n.Bits()
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 0 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	return key, nil
}

const bitsPerWord = 32 << (^big.Word(0) >> 63)

func randomSeed(t *o.Thread, s o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.Unpack("seed", args, kw, 0, 1); err != nil {
		return nil, err
	}
	r := self(s)
	if len(args) == 0 || args[0] == o.None {
		effect(t)
		r.ref.Write(tx(t)).initGenrand(uint32(gotime.Now().Unix()))
		return o.None, nil
	}
	key, err := seedKey(t, args[0])
	if err != nil {
		return nil, err
	}
	r.ref.Write(tx(t)).initByArray(key)
	return o.None, nil
}

func randomGetstate(t *o.Thread, s o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("getstate", args, kw); err != nil {
		return nil, err
	}
	st := self(s).ref.Read(tx(t))
	items := make([]o.Value, mtN+1)
	for i, w := range st.mt {
		items[i] = o.NewLongInt64(int64(w))
	}
	items[mtN] = o.NewLongInt64(int64(st.index))
	return o.NewTuple(items...), nil
}

// badInternalCall is the error CPython's PyLong_AsUnsignedLong gives
// for an object that is neither an int nor a long.
func badInternalCall() error {
	return o.Errorf(o.SystemError, "Objects/longobject.c:426: bad argument to internal function")
}

// stateWord converts an item of a state as PyLong_AsUnsignedLong does.
func stateWord(v o.Value) (uint32, error) {
	switch x := o.Unwrap(v).(type) {
	case o.Int:
		if x < 0 {
			return 0, o.Errorf(o.OverflowError, "can't convert negative value to unsigned long")
		}
		return uint32(x), nil
	case o.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *o.Long:
		b := x.Big()
		if b.Sign() < 0 {
			return 0, o.Errorf(o.OverflowError, "can't convert negative value to unsigned long")
		}
		if !b.IsUint64() {
			return 0, o.Errorf(o.OverflowError, "long int too large to convert")
		}
		return uint32(b.Uint64()), nil
	}
	return 0, badInternalCall()
}

func randomSetstate(t *o.Thread, s o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("setstate", args, kw); err != nil {
		return nil, err
	}
	tu, ok := args[0].(*o.Tuple)
	if !ok {
		if x, isInst := o.Unwrap(args[0]).(*o.Tuple); isInst {
			tu, ok = x, true
		}
	}
	if !ok {
		return nil, o.Errorf(o.TypeError, "state vector must be a tuple")
	}
	items := tu.Elems()
	if len(items) != mtN+1 {
		return nil, o.Errorf(o.ValueError, "state vector is the wrong size")
	}
	var st mtState
	for i := 0; i < mtN; i++ {
		w, err := stateWord(items[i])
		if err != nil {
			return nil, err
		}
		st.mt[i] = w
	}
	var index int64
	switch x := o.Unwrap(items[mtN]).(type) {
	case o.Int, o.Bool, *o.Long:
		n, err := o.AsInt(t, x)
		if err != nil {
			return nil, err
		}
		index = n
	default:
		return nil, badInternalCall()
	}
	if index < 0 || index > mtN {
		return nil, o.Errorf(o.ValueError, "invalid state")
	}
	st.index = int(index)
	*self(s).ref.Write(tx(t)) = st
	return o.None, nil
}

func randomJumpahead(t *o.Thread, s o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("jumpahead", args, kw); err != nil {
		return nil, err
	}
	var n *big.Int
	switch x := o.Unwrap(args[0]).(type) {
	case o.Int:
		n = big.NewInt(int64(x))
	case o.Bool:
		n = big.NewInt(0)
		if x {
			n.SetInt64(1)
		}
	case *o.Long:
		n = x.Big()
	default:
		return nil, o.Errorf(o.TypeError, "jumpahead requires an integer, not '%s'", args[0].Type().Name)
	}
	var m, d big.Int
	self(s).ref.Write(tx(t)).jumpahead(func(i int) int {
		d.SetInt64(int64(i))
		return int(m.Mod(n, &d).Int64())
	})
	return o.None, nil
}

func randomGetrandbits(t *o.Thread, s o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoKw("getrandbits", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, o.Errorf(o.TypeError, "getrandbits() takes exactly 1 argument (%d given)", len(args))
	}
	k, err := o.AsInt(t, args[0])
	if err != nil {
		return nil, err
	}
	if k > 1<<31-1 {
		return nil, o.Errorf(o.OverflowError, "signed integer is greater than maximum")
	}
	if k < -1<<31 {
		return nil, o.Errorf(o.OverflowError, "signed integer is less than minimum")
	}
	if k <= 0 {
		return nil, o.Errorf(o.ValueError, "number of bits must be greater than zero")
	}
	st := self(s).ref.Write(tx(t))
	words := make([]big.Word, 0, (k+31)/32)
	var acc uint64
	var accBits uint
	for left := k; left > 0; left -= 32 {
		r := st.uint32()
		if left < 32 {
			r >>= 32 - uint(left)
		}
		acc |= uint64(r) << accBits
		accBits += 32
		if accBits == bitsPerWord {
			words = append(words, big.Word(acc))
			acc, accBits = 0, 0
		}
	}
	if accBits > 0 {
		words = append(words, big.Word(acc))
	}
	return o.NewLong(new(big.Int).SetBits(words)), nil
}

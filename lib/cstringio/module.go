// Package cstringio is Python 2.7's cStringIO module: files in memory.
// StringIO() makes an output object (cStringIO.StringO) that can be
// written, read and sought; StringIO(s) makes an input object
// (cStringIO.StringI), a read-only file over the bytes of s. Their state
// sits behind an stm.Ref; the bytes are shared between transactions as
// store.go explains, so that writes at the end cost O(1) amortized.
package cstringio

import (
	"fmt"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("cStringIO", newModule) }

const moduleDoc = "Fast files in memory, a partial stand-in for the StringIO module.\n" +
	"\n" +
	"  from cStringIO import StringIO\n" +
	"\n" +
	"  out = StringIO()         # an output object: write(), then getvalue()\n" +
	"  out.write('some text')\n" +
	"  text = out.getvalue()\n" +
	"\n" +
	"  inp = StringIO(text)     # an input object reading text\n" +
	"  line = inp.readline()\n" +
	"  inp.seek(0)              # back to the start\n" +
	"  everything = inp.read()\n" +
	"\n" +
	"Both hold 8-bit strings: unicode is taken by its ASCII encoding.\n"

// capsuleType stands for CPython's PyCapsule, the type of the module's
// cStringIO_CAPI attribute (a table of C functions there, a placeholder
// here).
var capsuleType = o.NewBuiltinType("PyCapsule", o.ObjectType, 0)

type capsule struct{ name string }

func (*capsule) Type() *o.Type { return capsuleType }

func init() {
	capsuleType.Repr = func(t *o.Thread, v o.Value) (o.Value, error) {
		return o.NewStr(fmt.Sprintf("<capsule object \"%s\" at 0x%x>", v.(*capsule).name, o.Id(v))), nil
	}
	capsuleType.AddAttr("__doc__", o.NewStr("Capsule objects carry a C pointer between extension modules."))
}

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "cStringIO", []o.MethodDef{{Name: "StringIO", Fn: stringIOFunc,
		Doc: "StringIO([s]) -- Return a file in memory: one to write to, or one reading s"}})
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	d.SetString(t, "cStringIO_CAPI", &capsule{name: "cStringIO.cStringIO_CAPI"})
	d.SetString(t, "InputType", inputType)
	d.SetString(t, "OutputType", outputType)
	return m, nil
}

func stringIOFunc(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.Unpack("StringIO", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return newOutput(t), nil
	}
	p, err := bufferArg(t, "StringIO", args[0])
	if err != nil {
		return nil, err
	}
	return newInput(t, []byte(p)), nil
}

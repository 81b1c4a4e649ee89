package interp

import (
	"bufio"
	"os"

	o "github.com/pystm/pystm/objects"
)

// bootstrapFile is a minimal writable stream used for sys.stdout and
// sys.stderr until a file implementation installs StdioHook.
type bootstrapFile struct {
	w    *bufio.Writer
	name string
	soft bool
}

var bootstrapFileType = o.NewBuiltinType("file", o.ObjectType, 0)

func (*bootstrapFile) Type() *o.Type { return bootstrapFileType }

func newBootstrapFile(f *os.File, name string) *bootstrapFile {
	return &bootstrapFile{w: bufio.NewWriter(f), name: name}
}

func (b *bootstrapFile) WriteValue(t *o.Thread, v o.Value) error {
	switch s := v.(type) {
	case *o.Str:
		b.w.WriteString(s.String())
	case *o.Unicode:
		str, err := o.ToStr(t, s)
		if err != nil {
			return err
		}
		b.w.WriteString(str.String())
	default:
		return o.Errorf(o.TypeError, "expected a string or other character buffer object")
	}
	if b.name == "<stderr>" {
		b.w.Flush()
	}
	return nil
}

func (b *bootstrapFile) Softspace() bool                   { return b.soft }
func (b *bootstrapFile) SetSoftspace(t *o.Thread, on bool) { b.soft = on }

func init() {
	bootstrapFileType.AddMethods([]o.MethodDef{
		{Name: "write", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "write() takes exactly 1 argument (%d given)", len(args))
			}
			return o.None, self.(*bootstrapFile).WriteValue(t, args[0])
		}},
		{Name: "flush", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			self.(*bootstrapFile).w.Flush()
			return o.None, nil
		}},
	})
}

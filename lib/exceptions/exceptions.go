// Package exceptions is Python 2.7's exceptions module: every built-in
// exception class, the same objects as in __builtin__.
package exceptions

import (
	"github.com/pystm/pystm/interp"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("exceptions", newModule) }

const moduleDoc = "The built-in exception classes of Python.\n\n" +
	"Each class here is also a name of the built-in namespace. Exceptions\n" +
	"that programs define should derive from Exception; see the library\n" +
	"reference for how the classes are arranged.\n"

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "exceptions", nil)
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	for _, e := range o.ExceptionTypes() {
		d.SetString(t, e.ShortName(), e)
	}
	return m, nil
}

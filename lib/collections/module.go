// Package collections is Python 2.7's _collections module, which the
// collections module written in Python imports: deque and defaultdict.
// Their mutable state sits behind stm.Ref barriers (a deque's items in
// blocks, see store.go; a defaultdict's factory in its instance part).
package collections

import (
	"github.com/pystm/pystm/interp"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("_collections", newModule) }

const moduleDoc = "High performance data structures.\n" +
	"- deque:        a list-like sequence quick to change at either end\n" +
	"- defaultdict:  a dict that makes the values of missing keys\n"

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "_collections", nil)
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	d.SetString(t, "deque", dequeType)
	d.SetString(t, "defaultdict", defaultdictType)
	return m, nil
}

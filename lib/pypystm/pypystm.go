// Package pypystm is the pypystm module of pystm: the STM's controls for
// Python programs (atomic blocks, hints, the segment limit, counters and
// clocks that never conflict) and the containers whose conflicts are per
// key (stmdict, stmset, hashtable) or never happen (queue puts). The
// transaction module (lib/python/transaction.py) builds on it.
package pypystm

import (
	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/thread"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("pypystm", newModule) }

const moduleDoc = `Controls and containers of pystm's software transactional memory.`

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "pypystm", []o.MethodDef{})
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	// pypystm.error is thread.error.
	if _, err := interp.ImportModuleLevel(t, "thread", nil, nil, 0); err != nil {
		return nil, err
	}
	d.SetString(t, "error", thread.Error(t))
	if err := addContainers(t, d); err != nil {
		return nil, err
	}
	return m, nil
}

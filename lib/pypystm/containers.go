package pypystm

import o "github.com/pystm/pystm/objects"

// addContainers sets stmdict, stmset and hashtable in the module's dict
// d. (Not written yet.)
func addContainers(t *o.Thread, d *o.Dict) error { return nil }

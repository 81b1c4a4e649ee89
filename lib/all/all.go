// Package all links every built-in module of pystm into the binary:
// importing it registers them with the interpreter.
package all

import (
	_ "github.com/pystm/pystm/lib/bisect"
	_ "github.com/pystm/pystm/lib/cmath"
	_ "github.com/pystm/pystm/lib/collections"
	_ "github.com/pystm/pystm/lib/cstringio"
	_ "github.com/pystm/pystm/lib/errno"
	_ "github.com/pystm/pystm/lib/exceptions"
	_ "github.com/pystm/pystm/lib/functools"
	_ "github.com/pystm/pystm/lib/gc"
	_ "github.com/pystm/pystm/lib/itertools"
	_ "github.com/pystm/pystm/lib/math"
	_ "github.com/pystm/pystm/lib/operator"
	_ "github.com/pystm/pystm/lib/posix"
	_ "github.com/pystm/pystm/lib/pypystm"
	_ "github.com/pystm/pystm/lib/random"
	_ "github.com/pystm/pystm/lib/thread"
	_ "github.com/pystm/pystm/lib/time"
	_ "github.com/pystm/pystm/lib/warnings"
)

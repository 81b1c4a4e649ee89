package interp

import (
	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

func compileTree(tree *syntax.Module, filename string, src []byte) (*o.Code, error) {
	c, err := compile.CompileTree(tree, filename, src, 0)
	if err != nil {
		return nil, err
	}
	return o.NewCode(c), nil
}

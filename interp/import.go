package interp

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// ModuleInit creates a built-in module written in Go.
type ModuleInit func(t *o.Thread) (*o.Module, error)

var (
	registryMu      sync.Mutex
	builtinModules  = map[string]ModuleInit{}
	sourceFS        fs.FS
	sourceFSPath    = "/usr/lib/pystm/python2.7"
	sourceFSPresent bool
)

// RegisterModule makes a Go module importable under name.
func RegisterModule(name string, init ModuleInit) {
	registryMu.Lock()
	builtinModules[name] = init
	registryMu.Unlock()
}

// RegisterSourceFS installs the standard library written in Python that
// ships inside the binary. It appears on sys.path as StdlibPath().
func RegisterSourceFS(fsys fs.FS) {
	sourceFS = fsys
	sourceFSPresent = true
}

// StdlibPath is the sys.path entry of the embedded standard library.
func StdlibPath() string { return sourceFSPath }

// BuiltinModuleNames lists the Go modules (sys.builtin_module_names).
func BuiltinModuleNames() []string {
	registryMu.Lock()
	defer registryMu.Unlock()
	var names []string
	for n := range builtinModules {
		names = append(names, n)
	}
	return names
}

// importName is IMPORT_NAME: __import__(name, globals, locals, fromlist, level).
func importName(t *o.Thread, f *Frame, name *o.Str, fromlist, level o.Value) (o.Value, error) {
	imp := f.Builtins.GetString(t, "__import__")
	if imp == nil {
		return nil, o.Errorf(o.ImportError, "__import__ not found")
	}
	if b, ok := imp.(*o.BuiltinFunction); ok && b.M == importDef {
		lv := -1
		if l, ok := level.(o.Int); ok {
			lv = int(l)
		}
		return ImportModuleLevel(t, name.String(), f.Globals, fromlist, lv)
	}
	var locals o.Value = o.None
	if f.Locals != nil {
		locals = f.Locals
	} else if f.LocalsMap != nil {
		locals = f.LocalsMap
	}
	return o.Call(t, imp, []o.Value{name, f.Globals, locals, fromlist, level}, nil)
}

// ImportModuleLevel is CPython 2.7's import_module_level: name relative
// to the package of globals per level (-1: implicit relative then
// absolute), returning the top package, or the module itself when
// fromlist is not empty.
func ImportModuleLevel(t *o.Thread, name string, globals *o.Dict, fromlist o.Value, level int) (o.Value, error) {
	if strings.ContainsAny(name, "/\\") {
		return nil, o.Errorf(o.ImportError, "Import by filename is not supported.")
	}
	if o.Threaded() {
		l := importLockOf(t.RT)
		l.acquire(t)
		// Released also when an abort unwinds the import.
		defer l.release(t)
	}
	parent, parentName, err := getParent(t, globals, level)
	if err != nil {
		return nil, err
	}
	// parent nil stands for no package (CPython's Py_None).
	var alt o.Value
	if level >= 0 {
		alt = parent
	}
	head, headName, rest, more, err := loadNext(t, parent, alt, name, parentName)
	if err != nil {
		return nil, err
	}
	tail, tailName := head, headName
	for more {
		tail, tailName, rest, more, err = loadNext(t, tail, tail, rest, tailName)
		if err != nil {
			return nil, err
		}
	}
	if tail == nil {
		// Both the package and the name were empty: __import__('').
		return nil, o.Errorf(o.ValueError, "Empty module name")
	}
	if fromlist != nil && fromlist != o.None {
		b, err := o.Truth(t, fromlist)
		if err != nil {
			return nil, err
		}
		if !b {
			fromlist = nil
		}
	} else {
		fromlist = nil
	}
	if fromlist == nil {
		return head, nil
	}
	if err := ensureFromlist(t, tail, tailName, fromlist); err != nil {
		return nil, err
	}
	return tail, nil
}

// loadNext imports the first dotted component of name inside mod (the
// module named modName; nil for top level), falling back to alt at top
// level for an implicit relative import, as CPython's load_next. It
// returns the module, its full name, and what follows the component's
// dot (more is false when there was no dot). An empty name gives mod.
func loadNext(t *o.Thread, mod, alt o.Value, name, modName string) (m o.Value, full, rest string, more bool, err error) {
	if name == "" {
		return mod, modName, "", false, nil
	}
	part := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		part, rest, more = name[:i], name[i+1:], true
	}
	if part == "" {
		return nil, "", "", false, o.Errorf(o.ValueError, "Empty module name")
	}
	full = part
	if modName != "" {
		full = modName + "." + part
	}
	m, err = importSubmodule(t, mod, part, full)
	if err != nil {
		return nil, "", "", false, err
	}
	if m == nil && mod != nil && alt == nil {
		// An implicit relative import that failed: try top level and
		// remember the miss.
		m, err = importSubmodule(t, nil, part, part)
		if err != nil {
			return nil, "", "", false, err
		}
		if m != nil {
			markMissing(t, full)
			full = part
		}
	}
	if m == nil {
		return nil, "", "", false, o.Errorf(o.ImportError, "No module named %s", name)
	}
	return m, full, rest, more, nil
}

// markMissing records a failed implicit relative import (None in sys.modules).
func markMissing(t *o.Thread, full string) {
	if t.RT.Modules.GetString(t, full) == nil {
		t.RT.Modules.SetString(t, full, o.None)
	}
}

// getParent finds the package that a relative import is relative to
// (CPython's get_parent), setting __package__ in globals when it has to
// work it out. It returns nil (and "") for none.
func getParent(t *o.Thread, globals *o.Dict, level int) (o.Value, string, error) {
	if globals == nil || level == 0 {
		return nil, "", nil
	}
	var pkgName string
	if p := globals.GetString(t, "__package__"); p != nil && p != o.None {
		ps, ok := p.(*o.Str)
		if !ok {
			return nil, "", o.Errorf(o.ValueError, "__package__ set to non-string")
		}
		if ps.String() == "" {
			if level > 0 {
				return nil, "", o.Errorf(o.ValueError, "Attempted relative import in non-package")
			}
			return nil, "", nil
		}
		pkgName = ps.String()
	} else {
		modName, ok := globals.GetString(t, "__name__").(*o.Str)
		if !ok {
			return nil, "", nil
		}
		if globals.GetString(t, "__path__") != nil {
			// A package: its name is the package name.
			pkgName = modName.String()
			globals.SetString(t, "__package__", modName)
		} else {
			i := strings.LastIndexByte(modName.String(), '.')
			if i < 0 {
				if level > 0 {
					return nil, "", o.Errorf(o.ValueError, "Attempted relative import in non-package")
				}
				globals.SetString(t, "__package__", o.None)
				return nil, "", nil
			}
			pkgName = modName.String()[:i]
			globals.SetString(t, "__package__", o.NewStr(pkgName))
		}
	}
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(pkgName, '.')
		if j < 0 {
			return nil, "", o.Errorf(o.ValueError, "Attempted relative import beyond toplevel package")
		}
		pkgName = pkgName[:j]
	}
	m := t.RT.Modules.GetString(t, pkgName)
	if m == nil {
		if level < 1 {
			msg := "Parent module '" + pkgName + "' not found while handling absolute import"
			if err := warnEx(t, o.RuntimeWarning, msg, 1); err != nil {
				return nil, "", err
			}
			return nil, "", nil
		}
		return nil, "", o.Errorf(o.SystemError, "Parent module '%s' not loaded, cannot perform relative import", pkgName)
	}
	if m == o.None {
		return nil, pkgName, nil
	}
	return m, pkgName, nil
}

// importSubmodule imports full (= parent's name + "." + name, or name
// when parent is nil). It returns nil, nil when the module is not found.
func importSubmodule(t *o.Thread, parent o.Value, name, full string) (o.Value, error) {
	if m := t.RT.Modules.GetString(t, full); m != nil {
		if m == o.None {
			return nil, nil
		}
		return m, nil
	}
	var path []string
	if parent != nil {
		pv, err := o.GetAttrString(t, parent, "__path__")
		if err != nil {
			return nil, nil
		}
		items, err := o.ToSlice(t, pv)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if s, ok := it.(*o.Str); ok {
				path = append(path, s.String())
			}
		}
	} else {
		registryMu.Lock()
		init := builtinModules[full]
		registryMu.Unlock()
		if init != nil {
			m, err := init(t)
			if err != nil {
				return nil, err
			}
			t.RT.Modules.SetString(t, full, m)
			return m, nil
		}
		pv := t.RT.Sys.Dict().GetString(t, "path")
		items, err := o.ToSlice(t, pv)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if s, ok := it.(*o.Str); ok {
				path = append(path, s.String())
			}
		}
	}
	for _, dir := range path {
		file, isPkg, src, found := findModule(dir, name)
		if !found {
			continue
		}
		m, err := loadSourceModule(t, full, file, src, isPkg)
		if err != nil {
			return nil, err
		}
		if parent != nil {
			o.SetAttr(t, parent, o.Intern(name), m)
		}
		return m, nil
	}
	return nil, nil
}

// findModule looks for name in dir: a package (name/__init__.py) or a
// module (name.py), on disk or in the embedded standard library.
func findModule(dir, name string) (file string, isPkg bool, src []byte, found bool) {
	if sourceFSPresent && (dir == sourceFSPath || strings.HasPrefix(dir, sourceFSPath+"/")) {
		rel := strings.TrimPrefix(strings.TrimPrefix(dir, sourceFSPath), "/")
		try := func(p string) ([]byte, bool) {
			b, err := fs.ReadFile(sourceFS, p)
			return b, err == nil
		}
		j := func(parts ...string) string {
			if rel != "" {
				parts = append([]string{rel}, parts...)
			}
			return strings.Join(parts, "/")
		}
		if b, ok := try(j(name, "__init__.py")); ok {
			return dir + "/" + name + "/__init__.py", true, b, true
		}
		if b, ok := try(j(name + ".py")); ok {
			return dir + "/" + name + ".py", false, b, true
		}
		return "", false, nil, false
	}
	base := dir
	if base == "" {
		base = "."
	}
	pkgInit := filepath.Join(base, name, "__init__.py")
	if st, err := os.Stat(filepath.Join(base, name)); err == nil && st.IsDir() {
		if b, err := os.ReadFile(pkgInit); err == nil {
			return joinPath(dir, name, "__init__.py"), true, b, true
		}
	}
	if b, err := os.ReadFile(filepath.Join(base, name+".py")); err == nil {
		return joinPath(dir, name+".py"), false, b, true
	}
	return "", false, nil, false
}

func joinPath(dir string, parts ...string) string {
	if dir == "" {
		return filepath.Join(parts...)
	}
	return filepath.Join(append([]string{dir}, parts...)...)
}

// loadSourceModule compiles and runs a module's source in a fresh
// module registered in sys.modules; on failure it is removed again.
func loadSourceModule(t *o.Thread, full, file string, src []byte, isPkg bool) (o.Value, error) {
	co, err := compileModuleSource(t, file, src)
	if err != nil {
		return nil, err
	}
	m := o.NewModule(full)
	d := m.Dict()
	d.SetString(t, "__file__", o.NewStr(file))
	d.SetString(t, "__builtins__", t.RT.Builtins.Dict())
	if isPkg {
		d.SetString(t, "__path__", o.NewList([]o.Value{o.NewStr(filepath.Dir(file))}))
	}
	t.RT.Modules.SetString(t, full, m)
	f := newFrame(t, co, d, d, nil)
	if _, err := runFrame(t, f); err != nil {
		t.RT.Modules.DelItem(t, o.NewStr(full))
		return nil, err
	}
	// The module may have replaced itself in sys.modules.
	if r := t.RT.Modules.GetString(t, full); r != nil {
		return r, nil
	}
	return m, nil
}

// ensureFromlist imports the submodules named in fromlist that are not
// attributes of package m yet.
func ensureFromlist(t *o.Thread, m o.Value, mName string, fromlist o.Value) error {
	if _, err := o.GetAttrString(t, m, "__path__"); err != nil {
		return nil
	}
	items, err := o.ToSlice(t, fromlist)
	if err != nil {
		return err
	}
	for _, it := range items {
		s, ok := it.(*o.Str)
		if !ok {
			return o.Errorf(o.TypeError, "Item in ``from list'' not a string")
		}
		if s.String() == "*" {
			if all, err := o.GetAttrString(t, m, "__all__"); err == nil {
				if err := ensureFromlist(t, m, mName, all); err != nil {
					return err
				}
			}
			continue
		}
		if _, err := o.GetAttr(t, m, s); err == nil {
			continue
		}
		if _, err := importSubmodule(t, m, s.String(), mName+"."+s.String()); err != nil {
			return err
		}
	}
	return nil
}

// importStar binds m's public names (its __all__, else the names not
// starting with _) in the frame's locals.
func importStar(t *o.Thread, f *Frame, m o.Value) error {
	var locals o.Value = f.Locals
	if f.Locals == nil {
		if f.LocalsMap == nil {
			return o.Errorf(o.SystemError, "no locals found during 'import *'")
		}
		locals = f.LocalsMap
	}
	var names []o.Value
	all, err := o.GetAttrString(t, m, "__all__")
	skipPrivate := false
	if err != nil {
		d, err := o.GetAttrString(t, m, "__dict__")
		if err != nil {
			return o.Errorf(o.ImportError, "from-import-* object has no __dict__ and no __all__")
		}
		dd, ok := d.(*o.Dict)
		if !ok {
			return o.Errorf(o.ImportError, "from-import-* object has no __dict__ and no __all__")
		}
		names = dd.Keys(t)
		skipPrivate = true
	} else {
		names, err = o.ToSlice(t, all)
		if err != nil {
			return err
		}
	}
	for _, n := range names {
		s, ok := n.(*o.Str)
		if !ok {
			continue
		}
		if skipPrivate && strings.HasPrefix(s.String(), "_") {
			continue
		}
		v, err := o.GetAttr(t, m, s)
		if err != nil {
			return err
		}
		if err := dictSet(t, locals, s, v); err != nil {
			return err
		}
	}
	return nil
}

// syntaxErrorValue converts a front-end error into a Python SyntaxError
// (or IndentationError, TabError, ...) exception.
func syntaxErrorValue(t *o.Thread, err error) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return err
	}
	var typ *o.Type
	switch se.Kind {
	case "IndentationError":
		typ = o.IndentationError
	case "TabError":
		typ = o.TabError
	case "MemoryError":
		return o.NewException(o.MemoryError)
	case "SystemError":
		typ = o.SystemError
	case "ValueError":
		typ = o.ValueError
	case "TypeError":
		typ = o.TypeError
	case "OverflowError":
		typ = o.OverflowError
	case "UnicodeDecodeError", "UnicodeError":
		typ = o.SyntaxError
	default:
		typ = o.SyntaxError
	}
	if se.NoLocation || typ != o.SyntaxError && typ != o.IndentationError && typ != o.TabError {
		return o.Errorf(typ, "%s", se.Msg)
	}
	if se.Offset == 0 && se.Text != "" {
		// An error of ast.c, the symbol table or the compiler: CPython
		// reads its text from the file (PyErr_ProgramText), so a source
		// compiled under a name that is no file has none.
		c := *se
		c.Text = programText(se.Filename, se.Line)
		se = &c
	}
	var text o.Value = o.None
	if se.Text != "" || se.Offset > 0 {
		text = o.NewStr(se.Text)
	}
	var offset o.Value = o.None
	if se.Offset > 0 {
		offset = o.Int(se.Offset)
	}
	detail := o.NewTuple(o.NewStr(se.Filename), o.Int(se.Line), offset, text)
	e := o.NewException(typ, o.NewStr(se.Msg), detail)
	if be, ok := e.Value.(*o.BaseExc); ok {
		be.SetField(t, "msg", o.NewStr(se.Msg))
		be.SetField(t, "filename", o.NewStr(se.Filename))
		be.SetField(t, "lineno", o.Int(se.Line))
		be.SetField(t, "offset", offset)
		be.SetField(t, "text", text)
	}
	e.Value.(*o.BaseExc).SetField(t, "syntax", &syntaxDetail{se})
	return e
}

// programText returns line n of the named file with its newline, or ""
// when the file cannot be read or is shorter, as PyErr_ProgramText.
func programText(filename string, n int) string {
	if filename == "" || n <= 0 {
		return ""
	}
	b, err := readSourceFile(filename)
	if err != nil {
		return ""
	}
	lines := strings.SplitAfter(string(b), "\n")
	if n > len(lines) || lines[n-1] == "" {
		return ""
	}
	return lines[n-1]
}

// readSourceFile reads a source file, from the embedded standard library
// for a path under StdlibPath().
func readSourceFile(filename string) ([]byte, error) {
	if sourceFSPresent && strings.HasPrefix(filename, sourceFSPath+"/") {
		return fs.ReadFile(sourceFS, strings.TrimPrefix(filename, sourceFSPath+"/"))
	}
	return os.ReadFile(filename)
}

// syntaxDetail keeps the front end's error for printing it exactly.
type syntaxDetail struct{ err *syntax.Error }

func (*syntaxDetail) Type() *o.Type { return o.ObjectType }

// NewModule makes a built-in module with functions defs.
func NewModule(t *o.Thread, name string, defs []o.MethodDef) *o.Module {
	m := o.NewModule(name)
	d := m.Dict()
	for i := range defs {
		d.SetString(t, defs[i].Name, &o.BuiltinFunction{M: &defs[i], Module: name})
	}
	return m
}

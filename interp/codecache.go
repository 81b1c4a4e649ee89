package interp

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// The code cache keeps the compiled code of the standard library
// shipped in the binary between runs, as CPython keeps .pyc files:
// parsing and compiling made up about 60% of the time `import
// threading` took, and a program that starts threads pays it before
// the first one runs.
//
// A module has one cache file, named by a hash of its file name and the
// compile flags, so the cache does not grow with each build; the file
// starts with a hash of everything that decides its contents (the pystm
// binary's path, size and modification time, the flags, the file name
// and the source), and one that does not match, cannot be read or does
// not decode is compiled again (and rewritten, unless -B or
// PYTHONDONTWRITEBYTECODE says not to write). The files live in
// the user's cache directory ($XDG_CACHE_HOME/pystm or ~/.cache/pystm);
// PYSTM_CODE_CACHE=off turns the cache off. Only the embedded library
// is cached: its code has no compile-time warnings, which a cached load
// would not issue again.

var codeCache struct {
	once sync.Once
	dir  string // "" when there is no cache
	exe  string // the binary's identity
}

func codeCacheInit() {
	if os.Getenv("PYSTM_CODE_CACHE") == "off" {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	st, err := os.Stat(exe)
	if err != nil {
		return
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return
	}
	codeCache.dir = filepath.Join(base, "pystm")
	codeCache.exe = fmt.Sprintf("%s\x00%d\x00%d", exe, st.Size(), st.ModTime().UnixNano())
}

// codeCacheEntry returns the cache file for file compiled with flags
// and the key its contents must start with, or "" when there is no
// cache.
func codeCacheEntry(file string, src []byte, flags syntax.Flags) (path string, key []byte) {
	codeCache.once.Do(codeCacheInit)
	if codeCache.dir == "" {
		return "", nil
	}
	name := sha256.Sum256([]byte(fmt.Sprintf("%d\x00%s", flags, file)))
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00", codeCache.exe, flags, file)
	h.Write(src)
	return filepath.Join(codeCache.dir, hex.EncodeToString(name[:16])+".pyc"), h.Sum(nil)
}

// cacheable reports whether file is part of the embedded library.
func cacheable(file string) bool {
	return sourceFSPresent && strings.HasPrefix(file, sourceFSPath+"/")
}

// compileModuleSource returns the code of a module's source: from the
// cache for the embedded library, else parsed and compiled (with errors
// as SyntaxError and warnings issued).
func compileModuleSource(t *o.Thread, file string, src []byte) (*o.Code, error) {
	var path string
	var key []byte
	if cacheable(file) {
		path, key = codeCacheEntry(file, src, runtimeFlags(t))
		if path != "" {
			if b, err := os.ReadFile(path); err == nil && bytes.HasPrefix(b, key) {
				if c, err := compile.Unmarshal(b[len(key):]); err == nil {
					return o.NewCode(c), nil
				}
			}
		}
	}
	tree, err := syntax.ParseFile(file, src, 0)
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	c, err := compile.CompileTree(tree, file, src, runtimeFlags(t))
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	if err := issueCompileWarnings(t, c); err != nil {
		return nil, err
	}
	if path != "" && !dontWriteBytecode(t) {
		writeCodeCache(path, key, c)
	}
	return o.NewCode(c), nil
}

// dontWriteBytecode reports -B or PYTHONDONTWRITEBYTECODE (sys's flag).
func dontWriteBytecode(t *o.Thread) bool {
	f := t.RT.Flags
	return f.DontWriteBC || !f.IgnoreEnv && os.Getenv("PYTHONDONTWRITEBYTECODE") != ""
}

// writeCodeCache writes key and c to path through a temporary file, so
// that a reader never sees half a file; failures are ignored (the cache
// is only a cache).
func writeCodeCache(path string, key []byte, c *compile.Code) {
	m, err := compile.Marshal(c)
	if err != nil {
		return
	}
	b := append(append([]byte(nil), key...), m...)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(b)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), path) != nil {
		os.Remove(tmp.Name())
	}
}

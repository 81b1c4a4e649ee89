package interp

import (
	"os"
	"strings"

	o "github.com/pystm/pystm/objects"
)

// newStdStreams makes the file objects of sys.stdin, sys.stdout and
// sys.stderr on the interpreter's standard streams, buffered as CPython
// 2.7 buffers them: stdout fully when it is not a terminal, stderr not
// at all, nothing with -u, stdin and stdout by lines with -i.
func newStdStreams(t *o.Thread, it *Interp) (in, out, errf *o.File) {
	fl := it.opts.Flags
	unbuf, lines := fl.Unbuffered, fl.Inspect
	in = o.NewStdFile(t, it.opts.Stdin, o.StdIn, "<stdin>", "r", unbuf, lines)
	out = o.NewStdFile(t, it.opts.Stdout, o.StdOut, "<stdout>", "w", unbuf, lines)
	errf = o.NewStdFile(t, it.opts.Stderr, o.StdErr, "<stderr>", "w", unbuf, lines)
	setStdEncodings(t, fl.IgnoreEnv, in, out, errf)
	return in, out, errf
}

// setStdEncodings gives the standard streams their encoding attribute
// as CPython 2.7's initialization does: PYTHONIOENCODING
// ("encoding[:errors]") for all three, else the locale's character set
// for those that are terminals.
func setStdEncodings(t *o.Thread, ignoreEnv bool, files ...*o.File) {
	codeset, errors, overridden := "", "", false
	if !ignoreEnv {
		if p := os.Getenv("PYTHONIOENCODING"); p != "" {
			codeset, errors, _ = strings.Cut(p, ":")
			overridden = true
		}
	}
	if !overridden {
		codeset = localeCodeset()
		if _, ok := o.LookupEncoding(codeset); !ok {
			return
		}
	}
	for _, f := range files {
		if overridden || f.IsTTY(t) {
			f.SetEncoding(t, codeset, errors)
		}
	}
}

// localeCodeset is the character set of the user's LC_CTYPE locale as
// the C library names it (nl_langinfo(CODESET) after setlocale(LC_CTYPE,
// "")): "ANSI_X3.4-1968" for the C locale, which is also what a locale
// that is not installed gives.
func localeCodeset() string {
	const cLocale = "ANSI_X3.4-1968"
	loc := ""
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if s := os.Getenv(v); s != "" {
			loc = s
			break
		}
	}
	if loc == "" || loc == "C" || loc == "POSIX" {
		return cLocale
	}
	name := loc
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	lang, cs, hasCS := strings.Cut(name, ".")
	norm := normalizeCodeset(cs)
	if !localeInstalled(loc, lang, norm) {
		return cLocale
	}
	if !hasCS {
		return "ISO-8859-1"
	}
	switch norm {
	case "utf8":
		return "UTF-8"
	case "iso88591":
		return "ISO-8859-1"
	case "iso885915":
		return "ISO-8859-15"
	case "eucjp":
		return "EUC-JP"
	case "euckr":
		return "EUC-KR"
	case "gb2312":
		return "GB2312"
	case "big5":
		return "BIG5"
	}
	return strings.ToUpper(cs)
}

// normalizeCodeset is glibc's _nl_normalize_codeset: letters lowered,
// punctuation dropped, "iso" before a codeset of digits only.
func normalizeCodeset(cs string) string {
	var b strings.Builder
	digits := true
	for _, c := range strings.ToLower(cs) {
		switch {
		case c >= 'a' && c <= 'z':
			digits = false
			b.WriteRune(c)
		case c >= '0' && c <= '9':
			b.WriteRune(c)
		}
	}
	if digits && b.Len() > 0 {
		return "iso" + b.String()
	}
	return b.String()
}

// localeInstalled reports whether setlocale would accept the locale:
// C.UTF-8 is built into the C library, others are directories or
// entries of the locale archive.
func localeInstalled(loc, lang, normCS string) bool {
	if lang == "C" && normCS == "utf8" {
		return true
	}
	dir := "/usr/lib/locale/"
	if p := os.Getenv("LOCPATH"); p != "" {
		dir = strings.TrimSuffix(p, "/") + "/"
	}
	names := []string{loc}
	if normCS != "" {
		names = append(names, lang+"."+normCS)
	}
	for _, n := range names {
		if _, err := os.Stat(dir + n + "/LC_CTYPE"); err == nil {
			return true
		}
	}
	if b, err := os.ReadFile(dir + "locale-archive"); err == nil {
		for _, n := range names {
			if strings.Contains(string(b), "\x00"+n+"\x00") {
				return true
			}
		}
	}
	return false
}

// flushLine is CPython's Py_FlushLine: if sys.stdout's softspace is set,
// it is cleared and a newline written. Errors are dropped.
func flushLine(t *o.Thread) {
	f := t.RT.Sys.Dict().GetItemStr(t, stdoutStr)
	if f == nil {
		return
	}
	if softspace(t, f, false) {
		writeString(t, f, "\n")
	}
}

// flushAtExit writes out every file's buffered output as the process
// ends. A standard output that cannot be written reports it as CPython
// 2.7 does when it destroys sys.stdout during finalization.
func (it *Interp) flushAtExit() {
	if err := o.FlushCStdout(); err != nil {
		it.opts.Stderr.WriteString("close failed in file object destructor:\nsys.excepthook is missing\nlost sys.stderr\n")
	}
	o.FlushAllFiles()
}

func init() {
	o.SetWarnHook(warnDeprecation)
}

// warnDeprecation issues a DeprecationWarning, as CPython's
// PyErr_WarnEx does (file.seek with a float).
func warnDeprecation(t *o.Thread, msg string) error {
	return o.Warn(t, o.DeprecationWarning, msg, 1)
}

package syntax

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// This file handles PEP 263 source encodings as CPython 2.7's tokenizer
// does (check_bom, check_coding_spec, get_normal_name, decode_str), the
// Python codecs a source may be declared in, and Python 2.7's UTF-8
// codec with its exact error messages.

const bom = "\xef\xbb\xbf"

// setEncoding reads the BOM and the coding declaration of text (newlines
// already translated) and sets s.src, s.encoding and s.decoded.
func (s *Scanner) setEncoding(text string, file bool, codecText func() string) error {
	declErr := func(line int, msg string) error {
		if !file {
			line = 0
		}
		return &Error{Kind: "SyntaxError", Msg: msg, Filename: s.filename, Line: line}
	}
	if strings.HasPrefix(text, bom) {
		text = text[len(bom):]
		s.encoding = "utf-8"
	}
	// The declaration: line 1, or line 2 if line 1 is blank or a comment.
	var spec string
	specLine := 0
	nl1 := strings.IndexByte(text, '\n')
	if nl1 >= 0 {
		var found, stop bool
		spec, found, stop = codingSpec(text[:nl1])
		specLine = 1
		if !found && !stop {
			if nl2 := strings.IndexByte(text[nl1+1:], '\n'); nl2 >= 0 {
				spec, found, _ = codingSpec(text[nl1+1 : nl1+1+nl2+1])
				specLine = 2
			}
		}
		if !found {
			spec, specLine = "", 0
		}
	}
	if file && specLine == 2 && s.encoding == "" {
		// The interpreter reads line 1 before the declaration on line 2,
		// and refuses a non-ASCII byte in it.
		for i := 0; i < nl1; i++ {
			if text[i] >= 0x80 {
				s.badLine, s.badChar = 1, text[i]
				break
			}
		}
	}
	var c *codec
	if spec != "" {
		if s.encoding != "" {
			if spec != s.encoding {
				return declErr(1, "encoding problem: "+spec+" with BOM")
			}
		} else if spec == "utf-8" || spec == "iso-8859-1" {
			s.encoding = spec
		} else {
			c = lookupCodec(spec)
			if c == nil {
				if file {
					return declErr(specLine, "encoding problem: "+spec)
				}
				return declErr(0, "unknown encoding: "+spec)
			}
			s.encoding = spec
		}
	}
	if c != nil {
		if codecText != nil {
			text = codecText()
			if s.encoding == "utf-8" && strings.HasPrefix(text, bom) {
				text = text[len(bom):]
			}
		}
		if file && c.bomName != "" && nl1 >= 0 {
			// The codec's stream reader takes over after the
			// declaration line and wants a BOM.
			rest := text[nl1+1:]
			if specLine == 2 {
				if i := strings.IndexByte(rest, '\n'); i >= 0 {
					rest = rest[i+1:]
				}
			}
			if !strings.HasPrefix(rest, "\xff\xfe") && !strings.HasPrefix(rest, "\xfe\xff") {
				return declErr(specLine+1, c.bomName+" stream does not start with BOM")
			}
		}
		if file {
			// A file is decoded line by line.
			var b strings.Builder
			line := 0
			for i := 0; i < len(text); {
				j := strings.IndexByte(text[i:], '\n') + 1
				if j == 0 {
					j = len(text) - i
				}
				line++
				u, msg := c.decode(text[i : i+j])
				if msg != "" {
					return declErr(line, msg)
				}
				b.WriteString(u)
				i += j
			}
			text = b.String()
		} else {
			u, msg := c.decode(text)
			if msg != "" {
				return declErr(0, msg)
			}
			text = u
			if i := strings.IndexByte(text, 0); i >= 0 {
				text = text[:i]
			}
		}
		s.decoded = true
	}
	if file && s.encoding == "" {
		// The interpreter refuses a non-ASCII byte in a file with no
		// declared encoding, on the first line holding one.
		line := 1
		for i := 0; i < len(text); i++ {
			if b := text[i]; b >= 0x80 {
				s.badLine, s.badChar = line, b
				break
			} else if b == '\n' {
				line++
			}
		}
	}
	s.src = text
	return nil
}

func nonASCIIMessage(c byte, filename string, line int) string {
	if len(filename) > 200 {
		filename = filename[:200]
	}
	return fmt.Sprintf("Non-ASCII character '\\x%02x' in file %s on line %d, "+
		"but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details",
		c, filename, line)
}

// codingSpec looks for a coding declaration in line as tokenizer.c's
// get_coding_spec and check_coding_spec do: the line must hold only a
// comment. It returns the normalized name; stop reports that the line
// holds something other than blanks and a comment, so that the next line
// is not to be looked at.
func codingSpec(line string) (spec string, found, stop bool) {
	size := len(line)
	i := 0
	for ; i < size-6; i++ {
		if line[i] == '#' {
			break
		}
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\014' {
			return "", false, true
		}
	}
	for ; i < size-6; i++ {
		if !strings.HasPrefix(line[i:], "coding") {
			continue
		}
		t := i + 6
		if line[t] != ':' && line[t] != '=' {
			continue
		}
		t++
		for t < len(line) && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		b := t
		for t < len(line) && (isAlnum(int(line[t])) || line[t] == '-' || line[t] == '_' || line[t] == '.') {
			t++
		}
		if b < t {
			return normalName(line[b:t]), true, true
		}
	}
	for i := 0; i < size; i++ {
		c := line[i]
		if c == '#' || c == '\n' || c == '\r' {
			break
		}
		if c != ' ' && c != '\t' && c != '\014' {
			return "", false, true
		}
	}
	return "", false, false
}

// normalName is tokenizer.c's get_normal_name: the utf-8 and latin-1
// spellings become "utf-8" and "iso-8859-1"; other names stay as written.
func normalName(s string) string {
	var buf [12]byte
	n := min(len(s), 12)
	for i := 0; i < n; i++ {
		c := s[i]
		if c == '_' {
			c = '-'
		} else if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	b := string(buf[:n])
	switch {
	case b == "utf-8" || strings.HasPrefix(b, "utf-8-"):
		return "utf-8"
	case b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" ||
		strings.HasPrefix(b, "latin-1-") || strings.HasPrefix(b, "iso-8859-1-") ||
		strings.HasPrefix(b, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// codec is a Python codec a source may be declared in.
type codec struct {
	name string // the codec's name in Python's error messages
	kind int
	c1   bool // decodes 0x80-0x9f as the C1 controls
	unit int  // UTF-16 and UTF-32: the size of a code unit
	// bomName is, for the UTF-16 and UTF-32 codecs that read a BOM, the
	// name in the stream reader's complaint about a missing one.
	bomName string
	cm      *charmap.Charmap
	multi   encoding.Encoding

	once  sync.Once
	table *[256]rune // single-byte decoding table; -1 for undefined
}

const (
	ckASCII = iota
	ckLatin1
	ckUTF8
	ckCharmap
	ckMulti
	ckNotUnicode // a codec whose decoder returns str (string_escape)
)

var codecs = map[string]*codec{
	"ascii":         {name: "ascii", kind: ckASCII},
	"latin_1":       {name: "latin-1", kind: ckLatin1},
	"utf_8":         {name: "utf8", kind: ckUTF8},
	"utf_16":        {name: "utf16", kind: ckMulti, unit: 2, bomName: "UTF-16", multi: unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)},
	"utf_16_le":     {name: "utf-16-le", kind: ckMulti, unit: 2, multi: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
	"utf_16_be":     {name: "utf-16-be", kind: ckMulti, unit: 2, multi: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
	"utf_32":        {name: "utf32", kind: ckMulti, unit: 4, bomName: "UTF-32", multi: utf32.UTF32(utf32.LittleEndian, utf32.UseBOM)},
	"utf_32_le":     {name: "utf-32-le", kind: ckMulti, unit: 4, multi: utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)},
	"utf_32_be":     {name: "utf-32-be", kind: ckMulti, unit: 4, multi: utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)},
	"cp1250":        {kind: ckCharmap, cm: charmap.Windows1250},
	"cp1251":        {kind: ckCharmap, cm: charmap.Windows1251},
	"cp1252":        {kind: ckCharmap, cm: charmap.Windows1252},
	"cp1253":        {kind: ckCharmap, cm: charmap.Windows1253},
	"cp1254":        {kind: ckCharmap, cm: charmap.Windows1254},
	"cp1255":        {kind: ckCharmap, cm: charmap.Windows1255},
	"cp1256":        {kind: ckCharmap, cm: charmap.Windows1256},
	"cp1257":        {kind: ckCharmap, cm: charmap.Windows1257},
	"cp1258":        {kind: ckCharmap, cm: charmap.Windows1258},
	"iso8859_2":     {kind: ckCharmap, cm: charmap.ISO8859_2},
	"iso8859_3":     {kind: ckCharmap, cm: charmap.ISO8859_3},
	"iso8859_4":     {kind: ckCharmap, cm: charmap.ISO8859_4},
	"iso8859_5":     {kind: ckCharmap, cm: charmap.ISO8859_5},
	"iso8859_6":     {kind: ckCharmap, cm: charmap.ISO8859_6},
	"iso8859_7":     {kind: ckCharmap, cm: charmap.ISO8859_7},
	"iso8859_8":     {kind: ckCharmap, cm: charmap.ISO8859_8},
	"iso8859_9":     {kind: ckCharmap, cm: charmap.ISO8859_9},
	"iso8859_10":    {kind: ckCharmap, cm: charmap.ISO8859_10},
	"iso8859_13":    {kind: ckCharmap, cm: charmap.ISO8859_13},
	"iso8859_14":    {kind: ckCharmap, cm: charmap.ISO8859_14},
	"iso8859_15":    {kind: ckCharmap, cm: charmap.ISO8859_15},
	"iso8859_16":    {kind: ckCharmap, cm: charmap.ISO8859_16},
	"koi8_r":        {kind: ckCharmap, cm: charmap.KOI8R},
	"koi8_u":        {kind: ckCharmap, cm: charmap.KOI8U},
	"mac_roman":     {kind: ckCharmap, cm: charmap.Macintosh},
	"mac_cyrillic":  {kind: ckCharmap, cm: charmap.MacintoshCyrillic},
	"cp437":         {kind: ckCharmap, cm: charmap.CodePage437},
	"cp850":         {kind: ckCharmap, cm: charmap.CodePage850},
	"cp852":         {kind: ckCharmap, cm: charmap.CodePage852},
	"cp855":         {kind: ckCharmap, cm: charmap.CodePage855},
	"cp858":         {kind: ckCharmap, cm: charmap.CodePage858},
	"cp860":         {kind: ckCharmap, cm: charmap.CodePage860},
	"cp862":         {kind: ckCharmap, cm: charmap.CodePage862},
	"cp863":         {kind: ckCharmap, cm: charmap.CodePage863},
	"cp865":         {kind: ckCharmap, cm: charmap.CodePage865},
	"cp866":         {kind: ckCharmap, cm: charmap.CodePage866},
	"cp037":         {kind: ckCharmap, cm: charmap.CodePage037},
	"cp1140":        {kind: ckCharmap, cm: charmap.CodePage1140},
	"cp874":         {kind: ckCharmap, cm: charmap.Windows874},
	"euc_jp":        {name: "euc_jp", kind: ckMulti, multi: japanese.EUCJP},
	"shift_jis":     {name: "shift_jis", kind: ckMulti, multi: japanese.ShiftJIS},
	"iso2022_jp":    {name: "iso2022_jp", kind: ckMulti, multi: japanese.ISO2022JP},
	"euc_kr":        {name: "euc_kr", kind: ckMulti, multi: korean.EUCKR},
	"cp949":         {name: "cp949", kind: ckMulti, multi: korean.EUCKR},
	"gb2312":        {name: "gb2312", kind: ckMulti, multi: simplifiedchinese.GBK},
	"gbk":           {name: "gbk", kind: ckMulti, multi: simplifiedchinese.GBK},
	"gb18030":       {name: "gb18030", kind: ckMulti, multi: simplifiedchinese.GB18030},
	"hz":            {name: "hz", kind: ckMulti, multi: simplifiedchinese.HZGB2312},
	"big5":          {name: "big5", kind: ckMulti, multi: traditionalchinese.Big5},
	"string_escape": {kind: ckNotUnicode},
}

// codecAliases are Python's encodings.aliases for the codecs above.
var codecAliases = map[string]string{}

func init() {
	for mod, names := range map[string]string{
		"ascii":         "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii",
		"latin_1":       "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1",
		"utf_8":         "u8 utf utf8 utf8_ucs2 utf8_ucs4",
		"utf_16":        "u16 utf16",
		"utf_16_le":     "unicodelittleunmarked utf_16le",
		"utf_16_be":     "unicodebigunmarked utf_16be",
		"utf_32":        "u32 utf32",
		"utf_32_le":     "utf_32le",
		"utf_32_be":     "utf_32be",
		"iso8859_2":     "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
		"iso8859_3":     "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
		"iso8859_4":     "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
		"iso8859_5":     "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144",
		"iso8859_6":     "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127",
		"iso8859_7":     "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126",
		"iso8859_8":     "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138",
		"iso8859_9":     "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
		"iso8859_10":    "csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6",
		"iso8859_13":    "iso_8859_13 l7 latin7",
		"iso8859_14":    "iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8",
		"iso8859_15":    "iso_8859_15 l9 latin9",
		"iso8859_16":    "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
		"koi8_r":        "cskoi8r",
		"mac_roman":     "macroman",
		"mac_cyrillic":  "maccyrillic",
		"cp437":         "437 cspc8codepage437 ibm437",
		"cp850":         "850 cspc850multilingual ibm850",
		"cp852":         "852 cspcp852 ibm852",
		"cp855":         "855 csibm855 ibm855",
		"cp858":         "858 csibm858 ibm858",
		"cp860":         "860 csibm860 ibm860",
		"cp862":         "862 cspc862latinhebrew ibm862",
		"cp863":         "863 csibm863 ibm863",
		"cp865":         "865 csibm865 ibm865",
		"cp866":         "866 csibm866 ibm866",
		"cp037":         "037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039",
		"cp1140":        "1140 ibm1140",
		"euc_jp":        "eucjp u_jis ujis",
		"shift_jis":     "csshiftjis s_jis shiftjis sjis",
		"iso2022_jp":    "csiso2022jp iso2022jp iso_2022_jp",
		"euc_kr":        "euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001",
		"cp949":         "949 ms949 uhc",
		"gb2312":        "chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58",
		"gbk":           "936 cp936 ms936",
		"gb18030":       "gb18030_2000",
		"hz":            "hz_gb hz_gb_2312 hzgb",
		"big5":          "big5_tw csbig5",
		"string_escape": "",
	} {
		for _, a := range strings.Fields(names) {
			codecAliases[a] = mod
		}
	}
	for n := 1250; n <= 1258; n++ {
		codecAliases[fmt.Sprint(n)] = fmt.Sprint("cp", n)
		codecAliases[fmt.Sprint("windows_", n)] = fmt.Sprint("cp", n)
	}
	for mod, c := range codecs {
		if c.kind == ckCharmap {
			c.name = "charmap"
			c.c1 = strings.HasPrefix(mod, "iso8859_")
		}
	}
}

// lookupCodec finds the codec for an encoding name as Python's
// codecs.lookup and encodings.search_function do, or returns nil.
func lookupCodec(name string) *codec {
	var b strings.Builder
	sep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if isAlnum(int(c)) || c == '.' {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteByte(c)
		} else {
			sep = true
		}
	}
	norm := b.String()
	mod, ok := codecAliases[norm]
	if !ok {
		mod, ok = codecAliases[strings.ReplaceAll(norm, ".", "_")]
	}
	if !ok {
		mod = norm
	}
	return codecs[mod]
}

func (c *codec) byteTable() *[256]rune {
	c.once.Do(func() {
		t := new([256]rune)
		for i := range t {
			r := c.cm.DecodeByte(byte(i))
			if r == utf8.RuneError {
				r = -1
				if c.c1 && i >= 0x80 && i < 0xa0 {
					r = rune(i) // Python's ISO 8859 codecs map C1 controls
				}
			}
			t[i] = r
		}
		c.table = t
	})
	return c.table
}

// decodeError formats a UnicodeDecodeError as Python 2.7's str() does.
func decodeError(codec string, src string, start, end int, reason string) string {
	if end == start+1 && start < len(src) {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, src[start], start, reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)
}

// decode decodes src from the codec to UTF-8 (Python's encoder: lone
// surrogates are encoded, surrogate pairs joined). It returns the
// message of Python's error, if any.
func (c *codec) decode(src string) (string, string) {
	switch c.kind {
	case ckASCII:
		for i := 0; i < len(src); i++ {
			if src[i] >= 0x80 {
				return "", decodeError(c.name, src, i, i+1, "ordinal not in range(128)")
			}
		}
		return src, ""
	case ckLatin1:
		b := make([]byte, 0, len(src)+len(src)/8)
		for i := 0; i < len(src); i++ {
			b = appendUTF8(b, rune(src[i]))
		}
		return string(b), ""
	case ckUTF8:
		u, e := decodeUTF8(src, false)
		if e != nil {
			return "", decodeError(c.name, src, e.start, e.end, e.reason)
		}
		return string(encodeUTF8(nil, u)), ""
	case ckCharmap:
		t := c.byteTable()
		b := make([]byte, 0, len(src)+len(src)/8)
		for i := 0; i < len(src); i++ {
			r := t[src[i]]
			if r < 0 {
				return "", decodeError(c.name, src, i, i+1, "character maps to <undefined>")
			}
			b = appendUTF8(b, r)
		}
		return string(b), ""
	case ckMulti:
		if c.unit > 0 && len(src)%c.unit != 0 {
			n := len(src) - len(src)%c.unit
			return "", decodeError(c.name, src, n, len(src), "truncated data")
		}
		out, err := c.multi.NewDecoder().String(src)
		if err != nil || strings.ContainsRune(out, utf8.RuneError) {
			// Find where decoding first fails, by decoding prefixes.
			pos := firstBadMulti(c, src)
			if pos+2 > len(src) {
				return "", decodeError(c.name, src, pos, len(src), "incomplete multibyte sequence")
			}
			return "", decodeError(c.name, src, pos, pos+2, "illegal multibyte sequence")
		}
		return out, ""
	}
	return "", "decoder did not return an unicode object (type=str)"
}

// firstBadMulti returns roughly where a multi-byte decoder first fails.
func firstBadMulti(c *codec, src string) int {
	lo, hi := 0, len(src)
	for lo < hi {
		mid := (lo + hi) / 2
		out, err := c.multi.NewDecoder().String(src[:mid+1])
		if err != nil || strings.ContainsRune(out, utf8.RuneError) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// encode encodes u into the codec; with replace, characters it cannot
// encode become '?', otherwise they make ok false.
func (c *codec) encode(u []rune, replace bool) (string, bool) {
	b := make([]byte, 0, len(u))
	switch c.kind {
	case ckASCII, ckLatin1:
		lim := rune(0x80)
		if c.kind == ckLatin1 {
			lim = 0x100
		}
		for _, r := range u {
			if r >= lim || r < 0 {
				if !replace {
					return "", false
				}
				r = '?'
			}
			b = append(b, byte(r))
		}
	case ckUTF8:
		b = encodeUTF8(b, u)
	case ckCharmap:
		for _, r := range u {
			x, ok := c.cm.EncodeRune(r)
			if c.c1 && r >= 0x80 && r < 0xa0 {
				x, ok = byte(r), true
			}
			if !ok || r == utf8.RuneError {
				if !replace {
					return "", false
				}
				x = '?'
			}
			b = append(b, x)
		}
	case ckMulti:
		enc := c.multi.NewEncoder()
		for _, r := range u {
			out, err := enc.String(string(r))
			if err != nil || r >= 0xd800 && r < 0xe000 {
				if !replace {
					return "", false
				}
				out = "?"
			}
			b = append(b, out...)
		}
	default:
		return "", false
	}
	return string(b), true
}

// codecFor returns the codec of a normalized declared encoding name.
func codecFor(enc string) *codec {
	switch enc {
	case "utf-8":
		return codecs["utf_8"]
	case "iso-8859-1":
		return codecs["latin_1"]
	}
	return lookupCodec(enc)
}

// restoreEncoding converts an error's text from the tokenizer's buffer
// back to the source encoding and adjusts the offset as tokenizer.c's
// PyTokenizer_RestoreEncoding does: both through UTF-8 decoding and
// encoding with the "replace" error handler.
func (s *Scanner) restoreEncoding(text string, offset int) (string, int) {
	if s.encoding == "" {
		return text, offset
	}
	if !s.decoded && isASCII(text) {
		return text, offset
	}
	c := codecFor(s.encoding)
	if c == nil {
		return text, offset
	}
	u, _ := decodeUTF8(text, true)
	t, ok := c.encode(u, true)
	if !ok {
		return text, offset
	}
	if offset > 1 && offset-1 <= len(text) {
		u, _ := decodeUTF8(text[:offset-1], true)
		if p, ok := c.encode(u, true); ok {
			offset = len(p) + 1
		}
	}
	return t, offset
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// utf8Error is a UTF-8 decoding error: bytes start to end and the reason.
type utf8Error struct {
	start, end int
	reason     string
}

// decodeUTF8 decodes s as Python 2.7's UTF-8 codec does: surrogates
// encoded in three bytes are accepted. With replace each invalid sequence
// becomes U+FFFD; otherwise the first one is returned as an error.
func decodeUTF8(s string, replace bool) ([]rune, *utf8Error) {
	u := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			u = append(u, rune(c))
			i++
			continue
		}
		n := 0
		switch {
		case c >= 0xc2 && c <= 0xdf:
			n = 2
		case c >= 0xe0 && c <= 0xef:
			n = 3
		case c >= 0xf0 && c <= 0xf4:
			n = 4
		}
		var e *utf8Error
		switch {
		case n == 0:
			e = &utf8Error{i, i + 1, "invalid start byte"}
		case i+n > len(s):
			end := i + 1
			for k := 1; k < len(s)-i && s[i+k]&0xc0 == 0x80; k++ {
				end++
			}
			e = &utf8Error{i, end, "unexpected end of data"}
		case n == 2:
			if s[i+1]&0xc0 != 0x80 {
				e = &utf8Error{i, i + 1, "invalid continuation byte"}
			} else {
				u = append(u, rune(c&0x1f)<<6|rune(s[i+1]&0x3f))
			}
		case n == 3:
			if s[i+1]&0xc0 != 0x80 || s[i+2]&0xc0 != 0x80 || c == 0xe0 && s[i+1] < 0xa0 {
				end := i + 1
				if s[i+1]&0xc0 == 0x80 {
					end++
				}
				e = &utf8Error{i, end, "invalid continuation byte"}
			} else {
				u = append(u, rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f))
			}
		case n == 4:
			if s[i+1]&0xc0 != 0x80 || s[i+2]&0xc0 != 0x80 || s[i+3]&0xc0 != 0x80 ||
				c == 0xf0 && s[i+1] < 0x90 || c == 0xf4 && s[i+1] > 0x8f {
				end := i + 1
				if s[i+1]&0xc0 == 0x80 {
					end++
					if s[i+2]&0xc0 == 0x80 {
						end++
					}
				}
				e = &utf8Error{i, end, "invalid continuation byte"}
			} else {
				u = append(u, rune(c&0x07)<<18|rune(s[i+1]&0x3f)<<12|rune(s[i+2]&0x3f)<<6|rune(s[i+3]&0x3f))
			}
		}
		if e != nil {
			if !replace {
				return nil, e
			}
			u = append(u, 0xfffd)
			i = e.end
			continue
		}
		i += n
	}
	return u, nil
}

// appendUTF8 appends the UTF-8 encoding of r, encoding surrogates too.
func appendUTF8(b []byte, r rune) []byte {
	switch {
	case r < 0:
		return append(b, '?')
	case r < 0x80:
		return append(b, byte(r))
	case r < 0x800:
		return append(b, 0xc0|byte(r>>6), 0x80|byte(r)&0x3f)
	case r < 0x10000:
		return append(b, 0xe0|byte(r>>12), 0x80|byte(r>>6)&0x3f, 0x80|byte(r)&0x3f)
	case r <= 0x10ffff:
		return append(b, 0xf0|byte(r>>18), 0x80|byte(r>>12)&0x3f, 0x80|byte(r>>6)&0x3f, 0x80|byte(r)&0x3f)
	}
	return append(b, '?')
}

// encodeUTF8 appends u encoded as Python 2.7's UTF-8 encoder does: a high
// surrogate followed by a low one is encoded as the pair's code point.
func encodeUTF8(b []byte, u []rune) []byte {
	for i := 0; i < len(u); i++ {
		r := u[i]
		if r >= 0xd800 && r <= 0xdbff && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] <= 0xdfff {
			r = (r-0xd800)<<10 | (u[i+1] - 0xdc00) + 0x10000
			i++
		}
		b = appendUTF8(b, r)
	}
	return b
}

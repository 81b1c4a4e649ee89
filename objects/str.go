package objects

import (
	"sync"
	"sync/atomic"
)

// Str is a Python str: an immutable byte string. Its hash is computed
// once (CPython's algorithm with hash randomization off).
type Str struct {
	s string
	h atomic.Int64 // hash+1, or 0 if not computed yet
}

// Type returns str.
func (*Str) Type() *Type { return StrType }

// String returns the bytes as a Go string.
func (s *Str) String() string { return s.s }

// Len returns the length in bytes.
func (s *Str) Len() int { return len(s.s) }

var (
	emptyStr = &Str{s: ""}
	charStrs [256]*Str
)

func init() {
	for i := range charStrs {
		charStrs[i] = &Str{s: string([]byte{byte(i)})}
	}
}

// NewStr returns a str holding s.
func NewStr(s string) *Str {
	switch len(s) {
	case 0:
		return emptyStr
	case 1:
		return charStrs[s[0]]
	}
	return &Str{s: s}
}

// CharStr returns the one-character str for b.
func CharStr(b byte) *Str { return charStrs[b] }

func (s *Str) hash() int64 {
	if h := s.h.Load(); h != 0 {
		return h - 1
	}
	h := StrHash(s.s)
	s.h.Store(h + 1)
	return h
}

// StrHash is CPython 2.7's hash of a byte string.
func StrHash(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	x := int64(s[0]) << 7
	for i := 0; i < len(s); i++ {
		x = (1000003 * x) ^ int64(s[i])
	}
	x ^= int64(len(s))
	if x == -1 {
		x = -2
	}
	return x
}

var (
	internMu sync.Mutex
	interned = map[string]*Str{}
)

// Intern returns the one interned *Str for s.
func Intern(s string) *Str {
	internMu.Lock()
	v, ok := interned[s]
	if !ok {
		v = &Str{s: s}
		if len(s) == 1 {
			v = charStrs[s[0]]
		} else if len(s) == 0 {
			v = emptyStr
		}
		v.hash()
		interned[s] = v
	}
	internMu.Unlock()
	return v
}

package objects

// Unicode is a Python unicode string (UCS-4: one rune per code point).
type Unicode struct {
	r []rune
}

// Type returns unicode.
func (*Unicode) Type() *Type { return UnicodeType }

// NewUnicode returns a unicode string holding r (which it keeps).
func NewUnicode(r []rune) *Unicode { return &Unicode{r: r} }

// Runes returns the code points; the caller must not modify them.
func (u *Unicode) Runes() []rune { return u.r }

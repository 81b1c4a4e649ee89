package syntax

// STUB: to be replaced by the tokenizer.

// Scanner turns Python 2.7 source into tokens.
type Scanner struct{}

// NewScanner returns a scanner over src. It reads the PEP 263 coding
// declaration (or a UTF-8 BOM); an unknown encoding is an *Error.
func NewScanner(filename string, src []byte) (*Scanner, error) { return &Scanner{}, nil }

// Scan returns the next token; errors are *Error.
func (s *Scanner) Scan() (Tok, error) { return Tok{Kind: EOF}, nil }

// Encoding returns the normalized source encoding, or "" if none was declared.
func (s *Scanner) Encoding() string { return "" }

// LineText returns the text of line n (1-based) with its newline, as the
// parser sees it (decoded to UTF-8 for encodings other than utf-8 and latin-1).
func (s *Scanner) LineText(n int) string { return "" }

// ParseNumber converts a NUMBER literal to int64, *big.Int, float64 or complex128.
func ParseNumber(lit string) (Number, error) { return int64(0), nil }

// DecodeString decodes one STRING literal (prefix and quotes included).
func DecodeString(lit, encoding string, unicodeLiterals bool) (s string, u []rune, isUnicode bool, err error) {
	return "", nil, false, nil
}

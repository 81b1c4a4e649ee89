package syntax

// Token is the kind of a lexical token.
type Token int8

// The token kinds. Keywords are NAME tokens: whether "print" is a keyword
// depends on the print_function future flag, so the parser decides.
const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING

	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	LBRACE           // {
	RBRACE           // }
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	DOT              // .
	BACKQUOTE        // `
	AT               // @
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	DOUBLESLASH      // //
	PERCENT          // %
	DOUBLESTAR       // **
	VBAR             // |
	AMPER            // &
	CIRCUMFLEX       // ^
	TILDE            // ~
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	LESS             // <
	GREATER          // >
	EQEQUAL          // ==
	NOTEQUAL         // != or <>
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	EQUAL            // =
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	DOUBLESLASHEQUAL // //=
	PERCENTEQUAL     // %=
	DOUBLESTAREQUAL  // **=
	VBAREQUAL        // |=
	AMPEREQUAL       // &=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=

	numTokens
)

var tokenNames = [...]string{
	ILLEGAL: "ILLEGAL", EOF: "ENDMARKER", NEWLINE: "NEWLINE", INDENT: "INDENT",
	DEDENT: "DEDENT", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", DOT: ".", BACKQUOTE: "`", AT: "@",
	PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/", DOUBLESLASH: "//",
	PERCENT: "%", DOUBLESTAR: "**", VBAR: "|", AMPER: "&", CIRCUMFLEX: "^",
	TILDE: "~", LEFTSHIFT: "<<", RIGHTSHIFT: ">>", LESS: "<", GREATER: ">",
	EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=", GREATEREQUAL: ">=",
	EQUAL: "=", PLUSEQUAL: "+=", MINEQUAL: "-=", STAREQUAL: "*=",
	SLASHEQUAL: "/=", DOUBLESLASHEQUAL: "//=", PERCENTEQUAL: "%=",
	DOUBLESTAREQUAL: "**=", VBAREQUAL: "|=", AMPEREQUAL: "&=",
	CIRCUMFLEXEQUAL: "^=", LEFTSHIFTEQUAL: "<<=", RIGHTSHIFTEQUAL: ">>=",
}

func (t Token) String() string {
	if t >= 0 && t < numTokens {
		return tokenNames[t]
	}
	return "?"
}

// Tok is one token as the scanner returns it.
type Tok struct {
	Kind Token
	// Lit is the token's source text: the identifier, the number as
	// written, the whole string literal with its prefix and quotes, the
	// operator. It is empty for NEWLINE, INDENT, DEDENT and EOF.
	Lit string
	// Pos is where the token starts, End where it ends (exclusive), both
	// as CPython counts lines and byte columns in the decoded line.
	Pos, End Pos
}

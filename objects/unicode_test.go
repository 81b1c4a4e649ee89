package objects

import "testing"

// TestUnicodeCases checks unicode operations, methods, codecs and
// %-formatting against the results of CPython 2.7.18 (see runCases).
func TestUnicodeCases(t *testing.T) { runCases(t, unicodeCases) }

const unicodeCases = `
u'abc' + u'def' => u'abcdef'
u'abc' + 'def' => u'abcdef'
u'abc' + '\xe9' => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
u'abc' + 1 => TypeError: coercing to Unicode: need string or buffer, int found
u'abc' + bytearray('x') => TypeError: decoding bytearray is not supported
u'ab' * 3 => u'ababab'
u'abc'[1] => u'b'
u'abc'[-1] => u'c'
u'abc'[3] => IndexError: string index out of range
u'abc'[u'a'] => TypeError: string indices must be integers
u'abcdef'[1:4] => u'bcd'
u'abcdef'[::-2] => u'fdb'
u'abc'[::0] => ValueError: slice step cannot be zero
u'b' in u'abc' => True
'b' in u'abc' => True
'\xe9' in u'abc' => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
1 in u'abc' => TypeError: coercing to Unicode: need string or buffer, int found
u'' in u'abc' => True
u'abc' == u'abc' => True
u'abc' == 'abc' => True
u'abc' < 'abd' => True
u'a' < 5 => False
u'a' == 5 => False
'\xe9' < u'a' => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
u'\xe9' == '\xe9' => False
u'\xe9' != '\xe9' => True
repr(u'abc') => "u'abc'"
repr(u"a'b") => 'u"a\'b"'
repr(u'a"b') => 'u\'a"b\''
repr(u'a\'"b') => 'u\'a\\\'"b\''
repr(u'\x00\t\n\r\x7f\x80\xff\u0100\uffff\U00010000\U0010ffff\\') => "u'\\x00\\t\\n\\r\\x7f\\x80\\xff\\u0100\\uffff\\U00010000\\U0010ffff\\\\'"
repr(u'\ud800') => "u'\\ud800'"
str(u'abc') => 'abc'
unicode('abc') => u'abc'
unicode(u'abc') => u'abc'
unicode(5) => u'5'
unicode('\xe9') => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
unicode('\xc3\xa9', 'utf-8') => u'\xe9'
unicode('a\xffb', 'utf-8', 'replace') => u'a\ufffdb'
unicode('a\xffb', 'ascii', 'ignore') => u'ab'
unicode('abc', errors='strict') => u'abc'
unicode(u'abc', 'utf-8') => TypeError: decoding Unicode is not supported
unicode(5, 'utf-8') => TypeError: coercing to Unicode: need string or buffer, int found
unicode('abc', 'bogus') => LookupError: unknown encoding: bogus
unicode('a', encoding=1) => TypeError: unicode() argument 2 must be string, not int
unicode(x=1) => TypeError: 'x' is an invalid keyword argument for this function
unicode(1, 2, 3, 4) => TypeError: unicode() takes at most 3 arguments (4 given)
unicode() => u''
unicode(None) => u'None'
unicode(bytearray('abc')) => u'abc'
len(u'\U0001F600') => 1
list(u'ab') => [u'a', u'b']
# case
u'hello world'.capitalize() => u'Hello world'
u'\xe9t\xe9'.upper() => u'\xc9T\xc9'
u'\xc9T\xc9'.lower() => u'\xe9t\xe9'
u'stra\xdfe'.upper() => u'STRA\xdfE'
u'\u0391\u03b2\u03b3'.swapcase() => u'\u03b1\u0392\u0393'
u'hello \xfcml'.title() => u'Hello \xdcml'
u'abc'.islower() => True
u'ABC'.isupper() => True
u'Hello World'.istitle() => True
u'\u01c5'.istitle() => True
u'\u01c5'.isupper() => False
u'\u01c5'.lower() => u'\u01c6'
u'\u01c5'.upper() => u'\u01c4'
u'\u01c4'.title() => u'\u01c5'
u'\u01c6x'.capitalize() => u'\u01c4x'
u'\xe9'.isalpha() => True
u'\u0661\u0662'.isdigit() => True
u'\u0661\u0662'.isdecimal() => True
u'\xbd'.isnumeric() => True
u'\xbd'.isdigit() => False
u'\xb2'.isdigit() => True
u'\xb2'.isdecimal() => False
u'\u2167'.isnumeric() => True
u'\u4e00'.isnumeric() => True
u'\u4e00'.isalpha() => True
u'abc123'.isalnum() => True
u' \t\n\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000'.isspace() => True
u'\u200b'.isspace() => False
u'\u180e'.isspace() => True
u''.isspace() => False
u'abc'.isdecimal(1) => TypeError: isdecimal() takes no arguments (1 given)
# find
u'caf\xe9 caf\xe9'.find(u'\xe9') => 3
u'caf\xe9 caf\xe9'.rfind(u'\xe9') => 8
u'caf\xe9'.find('f') => 2
u'caf\xe9'.find('\xe9') => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
u'caf\xe9'.find(1) => TypeError: coercing to Unicode: need string or buffer, int found
u'abc'.find('') => 0
u'abc'.find('', 4) => -1
u'abc'.index('z') => ValueError: substring not found
u'abc'.rindex(u'z') => ValueError: substring not found
u'abc'.find() => TypeError: find() takes at least 1 argument (0 given)
u'abc'.find(sub='a') => TypeError: find() takes no keyword arguments
u'abc'.count(u'') => 4
u'aaaa'.count(u'aa') => 2
u'abc'.startswith(u'ab') => True
u'abc'.startswith(('x', u'a')) => True
u'abc'.startswith(5) => TypeError: startswith first arg must be str, unicode, or tuple, not int
u'abc'.startswith((5,)) => TypeError: coercing to Unicode: need string or buffer, int found
u'abc'.endswith('bc', 0, 3) => True
# split
u'a b\u3000c'.split() => [u'a', u'b', u'c']
u'a\xa0b'.split() => [u'a', u'b']
u'a,b,c'.split(u',', 1) => [u'a', u'b,c']
u'a,b,c'.rsplit(',', 1) => [u'a,b', u'c']
u'abc'.split('') => ValueError: empty separator
u'abc'.split(1) => TypeError: coercing to Unicode: need string or buffer, int found
u'a\nb\r\nc\u2028d\u2029e\x85f\x0bg\x0ch\x1ci\x1dj\x1ek'.splitlines() => [u'a', u'b', u'c', u'd', u'e', u'f', u'g', u'h', u'i', u'j', u'k']
u'a\nb\r\n'.splitlines(True) => [u'a\n', u'b\r\n']
u'a=b=c'.partition(u'=') => (u'a', u'=', u'b=c')
u'a=b=c'.rpartition('=') => (u'a=b', u'=', u'c')
u'abc'.partition(u'') => ValueError: empty separator
u'abc'.partition('x') => (u'abc', u'', u'')
# strip/pad
u'  \u3000x\xa0 '.strip() => u'x'
u'xxhixx'.strip(u'x') => u'hi'
u'abc'.lstrip('a') => u'bc'
u'abc'.strip(5) => TypeError: strip arg must be None, unicode or str
u'ab'.center(6, u'\u2022') => u'\u2022\u2022ab\u2022\u2022'
u'ab'.center(5, 'x') => u'xxabx'
u'ab'.center(5, u'xy') => TypeError: The fill character must be exactly one character long
u'ab'.center(5, 1) => TypeError: The fill character cannot be converted to Unicode
u'ab'.ljust(4) => u'ab  '
u'ab'.rjust(5, u'*') => u'***ab'
u'-5'.zfill(4) => u'-005'
u'a\tb'.expandtabs(4) => u'a   b'
u'abc'.zfill() => TypeError: zfill() takes exactly 1 argument (0 given)
# replace/join/translate
u'aaa'.replace(u'a', u'b', 2) => u'bba'
u'aaa'.replace('', '-') => u'-a-a-a-'
u'abc'.replace('b', '\xff') => UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
u'abc'.replace(u'a') => TypeError: replace() takes at least 2 arguments (1 given)
u', '.join([u'\xe9', 'a', u'b']) => u'\xe9, a, b'
u''.join([]) => u''
u'-'.join(u'\u4e2d\u6587') => u'\u4e2d-\u6587'
u','.join([u'a', 1]) => TypeError: sequence item 1: expected string or Unicode, int found
u','.join([u'a', '\xff']) => UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
u'abcabc\xe9'.translate({97: u'A', 98: None, 99: 67, 0xe9: u'e'}) => u'ACACe'
u'abc'.translate({97: 1.5}) => TypeError: character mapping must return integer, None or unicode
u'abc'.translate({97: '\xff'}) => TypeError: character mapping must return integer, None or unicode
u'abc'.translate({97: 0x110000}) => TypeError: character mapping must be in range(0x%lx)
u'abc'.translate({97: -1}) => TypeError: character mapping must be in range(0x%lx)
u'abc'.translate(1) => TypeError: 'int' object has no attribute '__getitem__'
u'abc'.translate('ab') => u'abc'
# codecs
u'caf\xe9'.encode('utf-8') => 'caf\xc3\xa9'
u'caf\xe9'.encode('latin-1') => 'caf\xe9'
u'caf\xe9'.encode('ascii') => UnicodeEncodeError: 'ascii' codec can't encode character u'\xe9' in position 3: ordinal not in range(128)
u'caf\xe9'.encode('ascii', 'ignore') => 'caf'
u'caf\xe9'.encode('ascii', 'replace') => 'caf?'
u'caf\xe9\u20ac'.encode('ascii', 'xmlcharrefreplace') => 'caf&#233;&#8364;'
u'caf\xe9\u20ac\U00012345'.encode('ascii', 'backslashreplace') => 'caf\\xe9\\u20ac\\U00012345'
u'\xe9\xe9'.encode('ascii') => UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
u'\u20ac'.encode('latin-1') => UnicodeEncodeError: 'latin-1' codec can't encode character u'\u20ac' in position 0: ordinal not in range(256)
u'\u20ac'.encode('iso-8859-1') => UnicodeEncodeError: 'latin-1' codec can't encode character u'\u20ac' in position 0: ordinal not in range(256)
u'x'.encode('bogus-codec') => LookupError: unknown encoding: bogus-codec
u'x'.encode('utf-8', 'bogus-handler') => 'x'
u'\xe9'.encode('ascii', 'bogus-handler') => LookupError: unknown error handler name 'bogus-handler'
u'x'.encode(5) => TypeError: encode() argument 1 must be string, not int
u'abc'.encode() => 'abc'
u'\ud800x'.encode('utf-8') => '\xed\xa0\x80x'
u'\ud83d\ude00'.encode('utf-8') => '\xf0\x9f\x98\x80'
u'abc'.encode('utf-16') => '\xff\xfea\x00b\x00c\x00'
u'abc'.encode('utf-16-le') => 'a\x00b\x00c\x00'
u'abc'.encode('utf-16-be') => '\x00a\x00b\x00c'
u'\U0001f600'.encode('utf-16-le') => '=\xd8\x00\xde'
u'ab'.encode('utf-32') => '\xff\xfe\x00\x00a\x00\x00\x00b\x00\x00\x00'
u'\xe9\n\'\u1234\U00012345\x7f'.encode('unicode_escape') => "\\xe9\\n'\\u1234\\U00012345\\x7f"
u'\xe9\u1234'.encode('raw_unicode_escape') => '\xe9\\u1234'
u'abc'.encode('hex') => '616263'
u'\xe9'.encode('hex') => UnicodeEncodeError: 'ascii' codec can't encode character u'\xe9' in position 0: ordinal not in range(128)
u'abc'.decode('utf-8') => u'abc'
u'\xe9'.decode('utf-8') => UnicodeEncodeError: 'ascii' codec can't encode character u'\xe9' in position 0: ordinal not in range(128)
'\xff\xfea\x00b\x00'.decode('utf-16') => u'ab'
'a\x00b\x00'.decode('utf-16-le') => u'ab'
'\x00a'.decode('utf-16-be') => u'a'
'a'.decode('utf-16-le') => UnicodeDecodeError: 'utf16' codec can't decode byte 0x61 in position 0: truncated data
'\\u1234\\x41\\n'.decode('unicode_escape') => u'\u1234A\n'
'\\u12'.decode('unicode_escape') => UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape
'\\u1234\\\\u1234\xe9'.decode('raw_unicode_escape') => u'\u1234\\\\u1234\xe9'
'\xc3\xa9'.decode('UTF8') => u'\xe9'
'\xe9'.decode('L1') => u'\xe9'
'\xe9'.decode('us-ascii') => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
'\xe2\x82'.decode('utf-8') => UnicodeDecodeError: 'utf8' codec can't decode bytes in position 0-1: unexpected end of data
'\xe2\x82'.decode('utf-8', 'replace') => u'\ufffd'
'\xf4\x90\x80\x80'.decode('utf-8') => UnicodeDecodeError: 'utf8' codec can't decode bytes in position 0-2: invalid continuation byte
'\xed\xa0\x80'.decode('utf-8') => u'\ud800'
'\xf0\x9f\x98\x80'.decode('utf-8') => u'\U0001f600'
'\xff'.decode('utf-8', 'xmlcharrefreplace') => TypeError: don't know how to handle UnicodeDecodeError in error callback
u'x'.__getnewargs__() => (u'x',)
# % formatting
u'%s' % 'abc' => u'abc'
u'%s' % '\xe9' => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
u'%s %s' % (u'\xe9', 1) => u'\xe9 1'
u'%d %5.2f %x %c %c' % (5, 2.5, 255, 65, u'\u20ac') => u'5  2.50 ff A \u20ac'
u'%(k)s' % {'k': u'\xe9'} => u'\xe9'
u'%-4s|' % u'\xe9' => u'\xe9   |'
u'%r' % u'\xe9' => u"u'\\xe9'"
u'%r' % 'x' => u"'x'"
u'%c' % 0x110000 => OverflowError: %c arg not in range(0x110000) (wide Python build)
u'%c' % 256 => u'\u0100'
u'%c' % '\xe9' => UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
u'%c' % 'a' => u'a'
u'%\u20ac' % 1 => ValueError: unsupported format character '?' (0x20ac) at index 1
u'abc' % [] => u'abc'
u'abc' % 1 => TypeError: not all arguments converted during string formatting
u'%s' % [u'\xe9'] => u"[u'\\xe9']"
u'%.2s' % u'\xe9\xe9\xe9' => u'\xe9\xe9'
u'%s' % None => u'None'
`

# unicode methods: case, predicates, find/split/strip/pad, join, replace, translate, with non-ASCII data.
samples = [u'hello', u'HELLO World', u'\xe9t\xe9', u'\xc9T\xc9', u'stra\xdfe', u'\u0391\u03b2\u03b3',
           u'\u0416\u0438\u0437\u043d\u044c', u'abc123', u'\u0661\u0662\u0663', u'\xbd', u'\u2167', u'\xb2',
           u' \t\n\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000', u'', u'mIxEd \xfcml\xc4ut', u'\u4e2d\u6587', u'x\u0301']
for s in samples:
    print repr(s), repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize())
for s in samples:
    print repr(s), [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
                    s.islower(), s.isupper(), s.istitle()]
u = u'caf\xe9 cr\xe8me br\xfbl\xe9e caf\xe9'
print u.find(u'caf\xe9'), u.rfind(u'caf\xe9'), u.count(u'\xe9'), u.index(u'cr'), u.rindex(u'e'), u.find('br')
print u.startswith(u'caf'), u.endswith((u'x', u'\xe9')), u.startswith('caf', 0, 3), u'\xe9' in u, 'cr' in u
print u.split(), u.split(u'\xe9'), u.rsplit(None, 1), u.split(u' ', 1), u.partition(u' '), u.rpartition(u' ')
print repr(u.replace(u'\xe9', u'e')), repr(u.replace('caf', 'CAF', 1)), repr(u.upper())
print repr(u'  \u3000x\xa0 '.strip()), repr(u'xxhixx'.strip(u'x')), repr(u'abc'.lstrip('a')), repr(u'abc'.rstrip(u'c'))
print repr(u'ab'.center(6, u'\u2022')), repr(u'ab'.ljust(4)), repr(u'ab'.rjust(5, u'*')), repr(u'-5'.zfill(4))
print repr(u'a\tb'.expandtabs(4)), repr(u'a\nb\r\nc\u2028d\u2029e\x85f\x0bg\x0ch\x1ci'.splitlines())
print repr(u'a\nb\r\n'.splitlines(True)), repr(u'line1\u2028line2'.splitlines(1))
print repr(u', '.join([u'\xe9', 'a', u'b'])), repr(u''.join([])), repr(u'-'.join(u'\u4e2d\u6587'))
try:
    u','.join([u'a', 1])
except TypeError as e:
    print type(e).__name__, e
try:
    u','.join([u'a', '\xff'])
except UnicodeDecodeError as e:
    print type(e).__name__, e
# translate with a mapping of ordinals
tbl = {ord(u'a'): u'A', ord(u'b'): None, ord(u'c'): ord(u'C'), 0xe9: u'e'}
print repr(u'abcabc\xe9'.translate(tbl)), repr(u'xyz'.translate({}))
for bad in ({97: 1.5}, {97: '\xff'}):
    try:
        print repr(u'abc'.translate(bad))
    except (TypeError, ValueError, UnicodeDecodeError) as e:
        print type(e).__name__, e
# errors for method arguments
for call in ("u'abc'.find(1)", "u'abc'.split('')", "u'abc'.center('x')", "u'abc'.center(5, u'ab')", "u'abc'.index(u'z')",
             "u'abc'.strip(5)", "u'abc'.startswith(5)", "u'abc'.replace(u'a')", "u'abc'.zfill()", "u'abc'.partition(u'')",
             "u'abc'.count()", "u'abc'[5]", "u'abc'[u'a']", "u'abc' + 5", "u'abc' * u'a'", "u'abc'.isdecimal(1)"):
    try:
        r = eval(call)
        print call, 'ok', repr(r)
    except (TypeError, ValueError, IndexError) as e:
        print call, type(e).__name__, e
print repr(u'abc'[::-1]), repr(u'abcdef'[1:5:2]), repr(u'\U0001F600'), len(u'\U0001F600'), len(u'\U0001F600x'[1:])
print repr(u'\U00010000'.upper()), u'\U0001D400'.isalpha(), ord(u'\U0010ffff'), repr(unichr(0x10ffff))
print sorted([u'b', u'a', u'\xe9', u'Z', u'\u4e2d']), repr(max(u'abc\xe9')), u'a' < u'\xe9', cmp(u'b', u'a')
print u'abc'.__len__(), u'abc'.__contains__(u'b'), u'abc'.__getitem__(0), hash(u'abc') == hash('abc'), hash(u'') == hash('')

# encode/decode with utf-8, ascii, latin-1 and the errors handlers strict/ignore/replace/
# xmlcharrefreplace/backslashreplace.
texts = [u'plain', u'caf\xe9', u'\u20ac100', u'\u4e2d\u6587', u'\U0001F600!', u'\x00\x7f\x80\xff', u'', u'\ud800x']
for t in texts:
    print repr(t), repr(t.encode('utf-8')), repr(t.encode('utf8')), repr(t.encode('UTF-8')), repr(t.encode('utf_8'))
for enc in ('ascii', 'latin-1', 'iso-8859-1', 'latin1'):
    for err in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace'):
        for t in texts:
            try:
                r = t.encode(enc, err)
                print enc, err, repr(t), repr(r)
            except UnicodeEncodeError as e:
                print enc, err, repr(t), type(e).__name__, e
                print '   ', e.encoding, repr(e.object), e.start, e.end, e.reason
data = ['plain', 'caf\xc3\xa9', '\xe2\x82\xac', '\xff\xfe', 'a\x80b', '\xc3', '\xe2\x82', 'ok\xed\xa0\x80', '\xf0\x9f\x98\x80',
        '\xc0\xaf', '\xf8\x88\x80\x80\x80', '\xf4\x90\x80\x80', '\xe0\x80\xaf', 'x\xc3(', '']
for d in data:
    for err in ('strict', 'ignore', 'replace'):
        for enc in ('utf-8', 'ascii', 'latin-1'):
            try:
                r = d.decode(enc, err)
                print enc, err, repr(d), repr(r)
            except UnicodeDecodeError as e:
                print enc, err, repr(d), type(e).__name__, e
                print '   ', e.encoding, repr(e.object), e.start, e.end, e.reason
# unicode() constructor with encoding and errors
print repr(unicode('caf\xc3\xa9', 'utf-8')), repr(unicode('\xe9', 'latin-1')), repr(unicode('a\xffb', 'ascii', 'ignore'))
print repr(unicode('a\xffb', 'utf-8', 'replace')), repr(unicode('abc', errors='strict')), repr(unicode(u'x', errors='ignore')) if False else ''
try:
    unicode(u'already', 'utf-8')
except TypeError as e:
    print type(e).__name__, e
try:
    unicode(5, 'utf-8')
except TypeError as e:
    print type(e).__name__, e
try:
    unicode('\xe9')
except UnicodeDecodeError as e:
    print type(e).__name__, e
try:
    u'x'.encode('bogus-codec')
except LookupError as e:
    print type(e).__name__, e
try:
    u'x'.encode('utf-8', 'bogus-handler')
except LookupError as e:
    print type(e).__name__, e
try:
    u'\xe9'.encode('ascii', 'bogus-handler')
except LookupError as e:
    print type(e).__name__, e
try:
    u'x'.encode(5)
except TypeError as e:
    print type(e).__name__, e
print repr(u'\xe9'.encode('utf-16-le')) if False else repr(u'abc'.encode()), repr(u'ab'.encode('ascii'))
# round trips
for cp in (0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff):
    ch = unichr(cp)
    enc = ch.encode('utf-8')
    print hex(cp), repr(enc), len(enc), enc.decode('utf-8') == ch
# UnicodeError attributes are writable; str() reflects them
e = UnicodeEncodeError('ascii', u'ab\xe9', 2, 3, 'nope')
print e, '|', e.args
e.reason = 'changed'
print e
e2 = UnicodeDecodeError('utf-8', 'a\xff\xfe', 1, 3, 'bad bytes')
print e2

# UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError attributes and str.
def show(e):
    print type(e).__name__, '| encoding=%r object=%r start=%r end=%r reason=%r' % (
        getattr(e, 'encoding', '-'), e.object, e.start, e.end, e.reason)
    print '   args=%r' % (e.args,)
    print '   str=%s' % str(e)

try:
    'caf\xc3\xa9 \xff'.decode('ascii')
except UnicodeDecodeError as e:
    show(e)
try:
    'abc\xffdef'.decode('utf-8')
except UnicodeDecodeError as e:
    show(e)
try:
    '\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    show(e)
try:
    '\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    show(e)
print repr('\xed\xa0\x80'.decode('utf-8'))  # 2.7 accepts encoded surrogates
try:
    u'caf\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    show(e)
try:
    u'\u20ac\u20ac!'.encode('latin-1')
except UnicodeEncodeError as e:
    show(e)
try:
    u'x\U0001F600'.encode('ascii')
except UnicodeEncodeError as e:
    print type(e).__name__, e.start, e.end
try:
    str(u'\xe9')
except UnicodeEncodeError as e:
    show(e)
try:
    unicode('\xe9')
except UnicodeDecodeError as e:
    show(e)
try:
    u'a' + '\xe9'
except UnicodeDecodeError as e:
    show(e)
try:
    'abc'.encode('no-such-codec')
except LookupError as e:
    print type(e).__name__, e

d = UnicodeDecodeError('utf-8', 'ab\xff', 2, 3, 'invalid start byte')
show(d)
d2 = UnicodeDecodeError('ascii', 'xyz', 0, 2, 'two bytes')
show(d2)
en = UnicodeEncodeError('ascii', u'a\xe9b', 1, 2, 'ordinal not in range(128)')
show(en)
en2 = UnicodeEncodeError('ascii', u'\xe9\xe8', 0, 2, 'range')
show(en2)
en3 = UnicodeEncodeError('ascii', u'\u1234', 0, 1, 'r')
show(en3)
en4 = UnicodeEncodeError('ascii', u'\U00012345', 0, 1, 'r')
print str(en4)
tr = UnicodeTranslateError(u'abc\u20ac', 3, 4, 'no mapping')
show(tr)
tr2 = UnicodeTranslateError(u'ab', 0, 2, 'both')
show(tr2)
for bad in ((), ('ascii',), ('ascii', 'x', 0, 1), ('ascii', u'x', 'a', 1, 'r')):
    try:
        UnicodeDecodeError(*bad)
    except TypeError as e:
        print 'TypeError:', e
try:
    UnicodeEncodeError('ascii', 'not unicode', 0, 1, 'r')
except TypeError as e:
    print 'TypeError:', e
d.start = 0
d.reason = 'changed'
print str(d), d.args
print issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError)
print UnicodeError('plain').args, str(UnicodeError('plain'))

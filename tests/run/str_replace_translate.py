# replace, translate with a 256-char table, and related.
s = 'the cat sat on the mat'
print s.replace('at', 'og'), s.replace('at', 'og', 1), s.replace('at', 'og', 0), s.replace('at', 'og', -1)
print s.replace('the ', ''), s.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b')
print 'aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'a'), 'abab'.replace('ab', ''), s.replace('xyz', 'q')
print 'a.b.c'.replace('.', u'!'), type('a'.replace('a', u'b')).__name__, 'abc'.replace(u'b', 'X')
for bad in ((1, 'a'), ('a', 1), ('a',), ('a', 'b', 'c'), ('a', 'b', 1.5)):
    try:
        'abc'.replace(*bad)
    except TypeError as e:
        print bad, type(e).__name__, e
# translate
table = ''.join(chr(i) for i in range(256))
upper_table = ''.join(chr(i).upper() for i in range(256))
rot13 = ''.join(chr((i - 97 + 13) % 26 + 97) if 97 <= i < 123 else chr((i - 65 + 13) % 26 + 65) if 65 <= i < 91 else chr(i) for i in range(256))
print 'Hello, World!'.translate(upper_table), 'Hello, World!'.translate(rot13), 'Hello'.translate(rot13).translate(rot13)
print 'Hello, World!'.translate(table, 'lo'), 'Hello'.translate(None, 'l'), 'abc'.translate(None), 'abc'.translate(table, '')
print repr('\x00\xff'.translate(rot13)), 'aaa'.translate(None, 'a') == ''
for bad in (('short',), (5,), (table, 5), ()):
    try:
        'abc'.translate(*bad)
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
print repr(u'abc'.translate({97: u'X', 98: None, 99: 100})), repr(u'abc'.translate({}))
# count/replace interplay and long strings
big = 'ab' * 1000
print len(big.replace('a', 'xyz')), big.count('ba'), big.replace('b', '', 999).count('b')

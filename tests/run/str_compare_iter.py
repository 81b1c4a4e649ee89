# str comparison (bytewise), iteration, membership, min/max/sorted on strings, hash consistency,
# multiplication and concatenation identities, and interaction with bytearray and buffer-like objects.
pairs = [('a', 'b'), ('abc', 'abd'), ('ab', 'abc'), ('', 'a'), ('Z', 'a'), ('\xff', '\x00'), ('abc', 'ABC'), ('10', '9'),
         ('a\x00', 'a'), ('same', 'same')]
for x, y in pairs:
    print repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y, cmp(x, y)
print sorted(['b', 'A', 'a', 'B', '_', '1', ' ', '~', '\x80']), max('hello world'), min('hello world')
print sorted(['abc', 'ab', 'abcd', 'b', '']), sorted(['b10', 'b9', 'b1'])
s = 'abcabc'
print [c for c in s], list(enumerate(s))[:3], s.count('b'), 'cab' in s, 'bca' in s, 'acb' in s
it = iter(s)
print next(it), next(it), list(it)
print [s[i] for i in range(-1, -7, -1)], ''.join(reversed(s)), s[::-1] == ''.join(reversed(s))
print 'ab' * 3 == 'ababab', 'ab' + '' == 'ab', '' * 5 == '', ('x' * 1000).count('x'), len('ab' * 0)
print hash('abc') == hash('ab' + 'c'), hash('a' * 2) == hash('aa'), 'abc' == 'ab' + 'c'
print bytearray('abc') == 'abc', 'abc' < bytearray('abd'), bytearray('b') in [bytearray('b')]
print 'abc'.__eq__('abc'), 'abc'.__lt__('abd'), 'abc'.__ge__('abd'), 'abc'.__hash__() == hash('abc')
print [len(x) for x in ('', 'a', 'ab' * 50, '\x00' * 3, u'\xe9'.encode('utf-8'))]

# split, rsplit, splitlines, partition, rpartition, join edge cases.
cases = ['a b c', '  a  b  c  ', 'a,b,,c,', ',', '', '   ', 'one', 'a\tb\nc\x0bd\x0ce\rf', 'a  b']
for c in cases:
    print repr(c), c.split(), c.split(' '), c.split(','), c.split(None, 1), c.rsplit(None, 1), c.split(',', 1), c.rsplit(',', 1)
print 'a b c d'.split(' ', 0), 'a b c d'.split(' ', -1), 'a b c d'.rsplit(' ', 2), 'a b c d'.split(' ', 10)
print 'aXXbXXc'.split('XX'), 'aXXXb'.split('XX'), 'aXXXb'.rsplit('XX'), 'XXaXX'.split('XX')
print '  a b  '.split(None, 0), '  a b  '.rsplit(None, 0), ' a '.split(None, 5), '\x00 a'.split()
try:
    'abc'.split('')
except ValueError as e:
    print type(e).__name__, e
try:
    'abc'.rsplit('')
except ValueError as e:
    print type(e).__name__, e
for bad in ((1,), ('a', 'b'), ('a', 1, 2)):
    try:
        'abc'.split(*bad)
    except TypeError as e:
        print bad, type(e).__name__, e
print 'a,b'.split(u','), type('a,b'.split(u',')[0]).__name__
# splitlines
for c in ['a\nb', 'a\nb\n', 'a\r\nb\rc\n', '\n\n', '', 'no newline', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g']:
    print repr(c), c.splitlines(), c.splitlines(True)
print 'x\ny'.splitlines(0), 'x\ny'.splitlines(keepends=True) if False else 'x\ny'.splitlines(1)
# partition / rpartition
for c in ['a=b=c', 'abc', '=', '', 'a==b']:
    print repr(c), c.partition('='), c.rpartition('='), c.partition('=='), c.rpartition('==')
try:
    'abc'.partition('')
except ValueError as e:
    print type(e).__name__, e
try:
    'abc'.partition(None)
except TypeError as e:
    print type(e).__name__, e
print 'a=b'.partition(u'='), type('a=b'.partition(u'=')[0]).__name__
# join
print ','.join(['a', 'b', 'c']), ''.join([]), '-'.join('abc'), ', '.join(('x',)), 'ab'.join(['1', '2', '3'])
print '-'.join(str(i) for i in range(5)), ' '.join({'k': 1}), '+'.join(['', '', ''])
print repr(','.join([u'a', 'b'])), repr(u','.join(['a', 'b'])), repr(''.join([u'']))
for bad in ([1, 2], ['a', None], 5, [['a']], ['a', 2.5]):
    try:
        ','.join(bad)
    except TypeError as e:
        print repr(bad), type(e).__name__, e
class S(str):
    pass
r = ''.join([S('only')])
print repr(r), type(r).__name__
try:
    ','.join()
except TypeError as e:
    print type(e).__name__, e

# find, rfind, index, rindex, count, startswith, endswith with start/end arguments.
s = 'hello world, hello python'
for sub in ('hello', 'o', 'world', 'xyz', '', 'n', 'hello python', 'h'):
    print repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s
print s.find('o', 5), s.find('o', 5, 7), s.find('o', -5), s.find('o', 100), s.find('', 100), s.find('', 25), s.find('', 26)
print s.rfind('o', 0, 10), s.rfind('hello', 1), s.rfind('', 3, 7), s.rfind('o', -100, -10)
print s.count('l', 3), s.count('l', 3, 10), s.count('l', -5), s.count('', 3, 7), 'aaaa'.count('aa'), ''.count('')
print s.index('world'), s.rindex('hello'), s.index('o', 5), s.rindex('l', 0, 5)
for args in (('zz',), ('o', 8, 9), ('hello', 1, 10)):
    for meth in (s.index, s.rindex):
        try:
            meth(*args)
        except ValueError as e:
            print meth.__name__, args, type(e).__name__, e
print s.startswith('hello'), s.startswith('world', 6), s.startswith('world', 6, 8), s.startswith(('x', 'he'))
print s.endswith('python'), s.endswith('hello', 0, 5), s.endswith(('on', 'zz')), s.endswith(''), ''.startswith('')
print s.startswith('', 100), s.endswith('n', -1), s.startswith('h', -100), s.endswith(()), s.startswith(('',))
print 'abc'.startswith('abc', 0, 2), 'abc'.endswith('bc', -2), 'abc'.endswith('c', 0, -1)
print s.find('l', None, None), s.count('o', None), s.startswith('w', None, None)
print s.find('o', 2L, 10L), s.find('o', True)
for bad in ((1,), (['a'],), ('a', 'x'), ('a', 1.5), ()):
    for name in ('find', 'count', 'index', 'startswith'):
        try:
            getattr(s, name)(*bad)
        except (TypeError, ValueError) as e:
            print name, bad, type(e).__name__, e
try:
    s.startswith((1,))
except TypeError as e:
    print type(e).__name__, e
try:
    s.endswith(5)
except TypeError as e:
    print type(e).__name__, e
print s.find(u'world'), s.count(u'l'), s.startswith(u'hello'), type(s.find(u'x')).__name__
class Idx(object):
    def __index__(self):
        return 3
print s.find('l', Idx()), s[Idx()]

# The print statement: commas, softspace, >> redirection, tuples, str vs repr.
import sys
print
print 1
print 1, 2, 3
print 'a', 'b',
print 'c'
print 'no space after newline\n',
print 'next line'
print 'tab at end\t',
print 'after tab'
print 'space at end ',
print 'after space'
print ''
print '', 'x'
print 'x', ''
print 'x', '',
print 'y'
print (1, 2)
print (1, 2),
print [1, 'two', 3.0]
print 1.0, 0.1, 1e16, 1.5e-10, 123456789012.0
print 1L, -2L, 2 ** 70
print None, True, False
print 'str', u'unicode', repr('repr')
print 'quote\'s', ['quote\'s', "d\"q"]
print {'a': 1}, set([1]), frozenset()
print 1, ; print 2
print 'mixed', 1, 2.5, None, [None]

# print >> file
class Collector(object):
    def __init__(self):
        self.parts = []
        self.softspace = 0
    def write(self, s):
        self.parts.append(s)
c = Collector()
print >> c, 'hello', 'world'
print >> c, 'x',
print >> c, 'y'
print >> c
print c.parts
print >> c, 'trailing',
print c.softspace
print >> sys.stdout, 'to stdout'
print >> None, 'None means stdout'

# write without softspace attribute
class NoSoft(object):
    def __init__(self):
        self.data = ''
    def write(self, s):
        self.data += s
n = NoSoft()
try:
    print >> n, 'a', 'b'
except AttributeError as e:
    print 'AttributeError', e
print repr(n.data)

# print >> object without write
try:
    print >> 42, 'x'
except AttributeError as e:
    print type(e).__name__, e

# softspace across sys.stdout.write
print 'before write',
sys.stdout.write('|written|')
print 'after'
print 'a',
sys.stdout.write('\n')
print 'b'

# objects with __str__ printed with str, containers with repr of items
class S(object):
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print S(), [S()], (S(),), {1: S()}

# print of unicode with ascii-only chars to a pipe
print u'abc', u'd'
# unicode that cannot be encoded raises UnicodeEncodeError when stdout is a pipe
try:
    print u'\xe9'
except UnicodeEncodeError as e:
    print type(e).__name__, e

# __str__ returning unicode
class U(object):
    def __str__(self):
        return u'unicode str'
print U()

# __str__ returning non-string
class Bad(object):
    def __str__(self):
        return 42
try:
    print Bad()
except TypeError as e:
    print type(e).__name__, e

# softspace attribute of sys.stdout
print 'x',
print sys.stdout.softspace
print sys.stdout.softspace

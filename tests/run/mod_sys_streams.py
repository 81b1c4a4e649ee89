# sys.stdout / sys.stderr: write, writelines, flush, softspace and replacement.
import sys

sys.stdout.write('plain write\n')
sys.stdout.write('no newline')
sys.stdout.write(' continued\n')
sys.stdout.writelines(['a\n', 'b\n', 'c\n'])
sys.stdout.write(u'unicode ascii\n')
print sys.stdout.write('x') is None
sys.stdout.flush()
sys.stderr.write('to stderr\n')
sys.stderr.writelines(['e1\n', 'e2\n'])
sys.stderr.flush()
print sys.stdout.name, sys.stderr.name, sys.stdin.name
print sys.stdout.mode, sys.stderr.mode, sys.stdin.mode
print sys.stdout.closed, type(sys.stdout).__name__
print sys.stdout.softspace
print 'a',
print sys.stdout.softspace
print
print sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno()
try:
    sys.stdout.write(5)
except TypeError as e:
    print 'TypeError:', e
try:
    sys.stdout.write()
except TypeError as e:
    print 'TypeError:', e
try:
    sys.stdout.write(u'caf\xe9\n')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e

# Replacing sys.stdout redirects print.
class Collector(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
old = sys.stdout
c = Collector()
sys.stdout = c
print 'hello', 1, 2
print 'x',
print 'y'
sys.stdout.write('direct')
sys.stdout = old
print c.parts
print repr(''.join(c.parts))
print >>c, 'via chevron'
print c.parts[-2:]

# print >> sys.stderr
print >>sys.stderr, 'printed', 'to', 'stderr'
print >>sys.stderr, 'softspace',
print >>sys.stderr, 'on stderr'
print >>None, 'None means stdout'
# The original streams stay available.
print sys.__stdout__ is old
sys.stdout = sys.stderr
print 'this goes to stderr'
sys.stdout = sys.__stdout__
print 'back on stdout'
class NoWrite(object):
    pass
sys.stdout = NoWrite()
try:
    print 'x'
except AttributeError as e:
    sys.stdout = old
    print 'AttributeError:', e
sys.stdout = old
print 'end'

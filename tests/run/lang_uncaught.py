# An uncaught exception from nested calls: traceback on stderr, exit status 1,
# output printed before it stays.
class ParseError(Exception):
    def __init__(self, line, what):
        Exception.__init__(self, line, what)
        self.line = line
        self.what = what
    def __str__(self):
        return 'line %d: %s' % (self.line, self.what)

def parse(lines):
    for i, ln in enumerate(lines):
        check(i + 1, ln)
        print 'ok', i + 1

def check(n, ln):
    if not ln.strip():
        raise ParseError(n, 'empty line')

try:
    parse(['a', ''])
except ParseError as e:
    print 'handled:', e
print 'now unhandled'
parse(['x', 'y', '   '])

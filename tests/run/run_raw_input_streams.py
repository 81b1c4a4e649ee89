# raw_input() with replaced and closed streams: softspace before the
# prompt, prompts that are not strings, a sys.stdin whose readline is
# Python code, lost streams, and mixing with iteration over sys.stdin.
import sys
print 'pending softspace',
line = raw_input('prompt: ')
print repr(line)
class Prompt(object):
    def __str__(self):
        return '[str prompt] '
print repr(raw_input(Prompt()))
print repr(raw_input(u'unicode prompt: '))
print repr(raw_input(None))

class Reader(object):
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0)
real_in = sys.stdin
for lines in (['text\n'], [u'uni\n'], ['no newline'], [u''], [''], [42], ['a\nb\n']):
    sys.stdin = Reader(lines)
    try:
        print repr(raw_input())
    except (EOFError, TypeError) as e:
        print type(e).__name__ + ':', e
class NoReadline(object):
    pass
sys.stdin = NoReadline()
try:
    raw_input()
except AttributeError as e:
    print 'AttributeError:', e
sys.stdin = real_in

class Out(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
real_out = sys.stdout
out = Out()
sys.stdout = out
print 'to collector',
got = raw_input(7)
sys.stdout = real_out
print out.parts, repr(got), out.softspace

del sys.stdin
try:
    raw_input()
except RuntimeError as e:
    print 'RuntimeError:', e
sys.stdin = real_in
del sys.stdout
try:
    raw_input()
except RuntimeError as e:
    sys.stdout = real_out
    print 'RuntimeError:', e
sys.stdout = real_out

first = next(sys.stdin)
print repr(first)
try:
    raw_input()
except ValueError as e:
    print 'ValueError:', e
try:
    sys.stdin.readline()
except ValueError as e:
    print 'ValueError:', e
print [l for l in sys.stdin]
try:
    raw_input()
except EOFError as e:
    print 'EOFError:', e
sys.stdin.close()
print sys.stdin.closed
try:
    raw_input()
except ValueError as e:
    print 'ValueError:', e

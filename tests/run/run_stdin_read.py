# sys.stdin.read() reads all of run_stdin_read.stdin.
import sys
data = sys.stdin.read()
print repr(data)
print len(data), data.count('\n')
print repr(sys.stdin.read())
print sys.stdin.name, sys.stdin.mode, sys.stdin.closed

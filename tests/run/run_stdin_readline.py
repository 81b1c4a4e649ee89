# sys.stdin.readline() and readlines(), and a read of a fixed size.
import sys
print repr(sys.stdin.readline())
print repr(sys.stdin.readline())
print repr(sys.stdin.read(5))
print repr(sys.stdin.readline())
print sys.stdin.readlines()
print repr(sys.stdin.readline())
print repr(sys.stdin.readline())

# raw_input() reading from stdin (builtin_raw_input.stdin): prompts go to stdout, the newline is stripped,
# EOF raises EOFError.
import sys
a = raw_input()
print repr(a)
b = raw_input('prompt> ')
print repr(b)
c = raw_input(42)
print repr(c)
print repr(raw_input(''))
print repr(raw_input())   # line with only spaces keeps them
print repr(sys.stdin.readline())
print repr(raw_input('last: '))
try:
    raw_input('eof? ')
except EOFError as e:
    print type(e).__name__, e
try:
    raw_input('a', 'b')
except TypeError as e:
    print type(e).__name__, e

# raw_input() reads lines from stdin without the newline; at end of input
# it raises EOFError.
import sys
name = raw_input()
print 'name:', repr(name)
age = raw_input('prompt goes to stdout: ')
print 'age:', repr(age)
empty = raw_input()
print 'empty:', repr(empty)
last = raw_input()
print 'last (no newline in input):', repr(last)
try:
    raw_input('at EOF: ')
except EOFError as e:
    print
    print 'EOFError:', repr(str(e)), e.args

# input() evaluates the line it reads.
x = input()
print repr(x), type(x).__name__
y = input('expr: ')
print
print repr(y)
z = input()
print z
try:
    input()
except NameError as e:
    print 'NameError:', e
try:
    input()
except SyntaxError as e:
    print 'SyntaxError:', e.msg
try:
    input()
except EOFError:
    print 'EOFError at end of input'

# input() evaluates the line read from stdin (builtin_input.stdin) as an expression in the caller's globals.
x = 10
values = []
for i in range(7):
    v = input('expr %d: ' % i)
    values.append(v)
    print repr(v), type(v).__name__
try:
    input()
except SyntaxError as e:
    print type(e).__name__, e.msg
try:
    input()
except NameError as e:
    print type(e).__name__, e
try:
    input()
except ZeroDivisionError as e:
    print type(e).__name__, e
try:
    input()
except EOFError as e:
    print type(e).__name__, e

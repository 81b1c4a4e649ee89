# The global statement.
global a
global a, b, c
def f():
    global x, y
    x = 1
class C:
    global z

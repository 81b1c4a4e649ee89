# The exec statement.
exec code
exec code in g
exec code in g, l
exec "x = 1" in {}
exec(code)
exec (code, g)
exec (code, g, l)
exec code in ns[0], ns[1]
def f():
    exec "y = 2"

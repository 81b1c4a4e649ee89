# Closures and cells.
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc

c1 = counter()
c2 = counter()
print c1(), c1(), c1(), c2()

def adder(n):
    return lambda x: x + n
add5 = adder(5)
print add5(10), adder(-1)(1)

# Three levels of nesting
def a():
    x = 'a'
    def b():
        y = 'b'
        def c():
            return x + y + 'c'
        return c
    return b
print a()()()

# Closures see rebinding in the enclosing scope
def rebinder():
    v = 1
    def get():
        return v
    v = 2
    r1 = get()
    v = 3
    return r1, get()
print rebinder()

# func_closure and cell_contents
def mk(v):
    def f():
        return v
    return f
f = mk(42)
print len(f.func_closure), f.func_closure[0].cell_contents
print f.func_code.co_freevars
print mk.func_code.co_cellvars
print mk.func_closure

def nofree():
    return 1
print nofree.func_closure

# Closures over loop variables
fs = [(lambda: i) for i in range(3)]
print [f() for f in fs]
fs = [(lambda i=i: i) for i in range(3)]
print [f() for f in fs]

def mkmany():
    res = []
    for i in range(3):
        def f(j=i):
            return j * 10
        res.append(f)
    return res
print [f() for f in mkmany()]

# Closure over parameter and default argument evaluated once
def make_list_appender(lst=[]):
    def app(x):
        lst.append(x)
        return lst
    return app
ap = make_list_appender()
ap(1)
print ap(2)
print make_list_appender()(3)

# Recursion through closure
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print fact_maker()(10)

# Closure over class in a method (and __class__ absence in Py2)
class K(object):
    def meth(self):
        def inner():
            return self.val
        return inner
    val = 'K.val'
print K().meth()()

# Cell used in generator expression
def gen_closure(n):
    return list(x * n for x in range(4))
print gen_closure(3)

# Nested function sees enclosing function's argument even after return
def outer(*args, **kw):
    def inner():
        return args, sorted(kw.items())
    return inner
print outer(1, 2, a=3, b=4)()

# Closure with exec restriction is a SyntaxError in Python 2 (compile-time)
src = '''
def f():
    x = 1
    def g():
        return x
    exec "y = 2"
    return g
'''
try:
    compile(src, '<s>', 'exec')
except SyntaxError as e:
    print type(e).__name__, e

# Deleting a variable referenced by a nested scope is a SyntaxError in 2.7
src2 = '''
def f():
    x = 1
    def g():
        return x
    del x
'''
try:
    compile(src2, '<s2>', 'exec')
except SyntaxError as e:
    print type(e).__name__, e

# Closure cell empty: NameError with "free variable" message
def emptycell():
    def inner():
        return z
    r = None
    try:
        inner()
    except NameError as e:
        r = str(e)
    z = 1
    return r
print emptycell()

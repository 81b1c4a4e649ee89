# Name resolution: local, enclosing, global, builtin; global statement.
x = 'global x'

def f():
    print x

def g():
    x = 'local x'
    print x

def h():
    global x
    x = 'changed by h'

f()
g()
print x
h()
print x

# UnboundLocalError when a name is assigned later in the function
y = 1
def bad():
    try:
        print y
    except UnboundLocalError as e:
        print type(e).__name__, e
    y = 2
bad()

def bad2():
    try:
        del z
    except NameError as e:
        print type(e).__name__, e
    z = 3
bad2()

try:
    print undefined_name
except NameError as e:
    print type(e).__name__, e

# builtins shadowed by globals and locals
len = lambda s: 'my len'
print len('abc')
del len
print len('abc')

def shadow():
    abs = 'local abs'
    return abs
print shadow(), abs(-3)

# nested scopes: enclosing function variables
def outer():
    a = 1
    def inner():
        return a + 1
    a = 10
    return inner()
print outer()

# class scope does not enclose methods
v = 'module v'
class C(object):
    v = 'class v'
    def m(self):
        return v
    w = v + '!'
print C().m(), C.w

# class body sees enclosing function scope
def make():
    q = 'from make'
    class D(object):
        r = q
        def get(self):
            return q
    return D
D = make()
print D.r, D().get()

# list comprehension variable leaks in Python 2
[leak for leak in range(3)]
print 'leak', leak
# generator expression variable does not leak
(gx for gx in range(3))
try:
    gx
except NameError as e:
    print type(e).__name__, e

# global declared in a nested function
def outer2():
    def inner2():
        global newglobal
        newglobal = 'made'
    inner2()
outer2()
print newglobal

# global in class body
class E(object):
    global eglobal
    eglobal = 'from class'
print eglobal

# the global statement applies to the whole function
def gg():
    global counter
    counter = 0
    for i in range(5):
        counter += i
gg()
print counter

# locals at module level are the globals
print locals() is globals()

# loop variable in enclosing scope captured late
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print late()

def early():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print early()

# free variable referenced before assignment in enclosing scope
def enc():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print type(e).__name__, e
    later = 5
    return inner()
print enc()

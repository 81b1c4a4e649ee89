# Nested functions: closures over arguments and loop variables, counters via mutable cells,
# functions returning functions, decorators with state, and late binding.
def make_counter(start=0, step=1):
    state = {'n': start}
    def counter():
        state['n'] += step
        return state['n']
    def reset():
        state['n'] = start
    counter.reset = reset
    return counter
c = make_counter(10, 5)
print c(), c(), c()
c.reset()
print c()
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7)
def curry(f, *a):
    def g(*b):
        return f(*(a + b))
    return g
print curry(max, 3)(1, 2), curry(lambda a, b, c: a + b + c, 'x', 'y')('z')
def memoize(f):
    cache = {}
    def wrapper(*a):
        if a not in cache:
            cache[a] = f(*a)
        else:
            print 'cache hit', a
        return cache[a]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(x):
    return x * x
print slow_sq(4), slow_sq(4), sorted(slow_sq.cache.items())
# closures see the variable, not the value
def late():
    x = 'first'
    f = lambda: x
    x = 'second'
    return f()
print late()
def loop_closures():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
late_fs, bound_fs = loop_closures()
print [f() for f in late_fs], [f() for f in bound_fs]
# three-level nesting with shadowing
def level1():
    v = 'L1'
    def level2():
        def level3():
            return v
        return level3()
    def level2b():
        v = 'L2b'
        def level3():
            return v
        return level3()
    return level2(), level2b()
print level1()
# closure over function argument modified after definition
def argmod(a):
    def get():
        return a
    a = a * 2
    return get
print argmod(21)()
# nested function recursion
def outer(n):
    def rec(k):
        return 0 if k == 0 else k + rec(k - 1)
    return rec(n)
print outer(10)
# closure cell contents and free variable names
def mk():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner
inner = mk()
print inner.func_code.co_freevars, [cell.cell_contents for cell in inner.func_closure], mk.func_code.co_cellvars
# generator closures
def gen_factory(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
print list(gen_factory(3)())
# class defined inside function captures locals
def make_class(val):
    class K(object):
        attr = val
        def get(self):
            return val
    return K
K = make_class('captured')
print K.attr, K().get(), K.__name__

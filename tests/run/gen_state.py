# Generator state: gi_running, gi_frame and its locals, gi_code, __iter__ implemented as a generator,
# generators as methods, and re-entrancy errors.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = counter(3)
print g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_code is counter.func_code, g.__name__
g.next()
print sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_code.co_name
g.next()
print g.gi_frame.f_locals['i']
list(g)
print g.gi_frame, g.gi_running
try:
    g.gi_running = True
except (AttributeError, TypeError) as e:
    print type(e).__name__, e
def check_running():
    yield me.gi_running
me = check_running()
print me.next()
# generator methods and __iter__ as a generator
class Tree(object):
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            for v in c:
                yield v
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            for v in c.leaves():
                yield v
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print list(t), list(t.leaves()), 4 in t, sum(t), sorted(t, reverse=True)
print type(iter(t)).__name__, type(t.leaves()).__name__
# re-entrancy
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print type(e).__name__, e
print list(r)
# a generator function call does not run any of its body
def noisy():
    print 'body started'
    yield 1
n = noisy()
print 'created, not started'
print n.next()
# generator function with return value None and empty generators
def empty():
    return
    yield
print list(empty()), type(empty()).__name__
def never_yields():
    if False:
        yield 1
print list(never_yields())
# generators keep their own local state independently
a, b = counter(5), counter(5)
a.next(); a.next()
print a.next(), b.next()

# StopIteration and GeneratorExit: where they come from and how they behave.
it = iter([1])
print it.next()
try:
    it.next()
except StopIteration as e:
    print 'StopIteration', repr(e), e.args, repr(str(e))
try:
    next(iter([]))
except StopIteration as e:
    print 'next() raised', type(e).__name__
print next(iter([]), 'default')

def gen():
    yield 1
    return
g = gen()
print list(g)
try:
    g.next()
except StopIteration as e:
    print 'exhausted generator:', e.args

def gen_raises():
    yield 1
    raise StopIteration('ends the generator')
    yield 2
print list(gen_raises())

class It(object):
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def next(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('custom', self.n)
        return self.n
print list(It()), [x for x in It()], sum(It())
i = It()
for x in i:
    pass
try:
    i.next()
except StopIteration as e:
    print e.args

# StopIteration escaping a function used in a for loop header is not swallowed elsewhere
def leaks():
    raise StopIteration('leaked')
try:
    for x in [1, 2]:
        leaks()
except StopIteration as e:
    print 'loop body StopIteration propagates:', e

# a StopIteration inside a generator expression's iterable function ends it
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
print list(stopper(x) for x in [0, 1, 2, 3])
try:
    print [stopper(x) for x in [0, 1, 2, 3]]
except StopIteration:
    print 'list comprehension does not catch StopIteration'

# GeneratorExit
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print 'GeneratorExit inside generator:', repr(e), e.args
        raise
    finally:
        print 'finally in generator'
c = closer()
c.next()
print c.close()
print c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuses'
ig = ignores_exit()
ig.next()
try:
    ig.close()
except RuntimeError as e:
    print 'RuntimeError:', e
print list(ig)  # finish it, so nothing is left to close at exit
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return
r = returns_on_exit()
r.next()
print r.close()
def other_error_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')
o = other_error_on_exit()
o.next()
try:
    o.close()
except ValueError as e:
    print 'ValueError:', e
print issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException)
try:
    raise GeneratorExit('manual')
except Exception:
    print 'not caught by Exception'
except BaseException as e:
    print 'caught by BaseException:', e
t = closer()
t.next()
try:
    t.throw(StopIteration, 'thrown')
except StopIteration as e:
    print 'throw StopIteration:', e.args

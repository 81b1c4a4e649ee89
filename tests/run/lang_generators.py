# Generators: yield, send, throw, close, gi_running, StopIteration, return.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print type(g).__name__
print g.next(), g.next(), g.next()
try:
    g.next()
except StopIteration as e:
    print 'StopIteration', e.args
# exhausted generator stays exhausted
try:
    next(g)
except StopIteration:
    print 'still exhausted'

# send
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x

a = acc()
print a.send(None)
print a.send(5)
print a.send(10)
try:
    a.send(None)
except StopIteration:
    print 'acc finished'

# send non-None to just-started generator
b = acc()
try:
    b.send(1)
except TypeError as e:
    print type(e).__name__, e

# yield as expression value without send is None
def echo():
    while True:
        v = yield
        print 'echo got', v
e = echo()
e.next()
e.next()
e.send('hi')
e.close()

# throw
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as ex:
            print 'caught in gen:', ex
            yield 'handled'
c = catcher()
print c.next()
print c.throw(ValueError('one'))
print c.next()
print c.throw(ValueError, 'two')
try:
    c.throw(KeyError('unhandled'))
except KeyError as ex:
    print 'propagated', ex
try:
    c.next()
except StopIteration:
    print 'dead after unhandled throw'

# throw into unstarted generator raises immediately
d = count(5)
try:
    d.throw(IndexError('early'))
except IndexError as ex:
    print 'early throw', ex
print list(d)

# throw with bad args
d = count(5)
try:
    d.throw(1)
except TypeError as ex:
    print type(ex).__name__, ex
try:
    d.throw(ValueError('x'), 'extra')
except TypeError as ex:
    print type(ex).__name__, ex

# close runs finally; GeneratorExit
def closer():
    try:
        yield 1
        yield 2
    finally:
        print 'closer finally'
cl = closer()
print cl.next()
cl.close()
cl.close()  # second close is a no-op
try:
    cl.next()
except StopIteration:
    print 'closed gen stops'

# close on unstarted gen does nothing
cl2 = closer()
cl2.close()
print list(cl2)

# generator that ignores GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
s = stubborn()
s.next()
try:
    s.close()
except RuntimeError as ex:
    print type(ex).__name__, ex

# generator that catches GeneratorExit and returns
def polite():
    try:
        yield 1
    except GeneratorExit:
        print 'polite saw GeneratorExit'
        raise
p = polite()
p.next()
p.close()

# return in generator stops; return with value is a SyntaxError in 2.7
def early():
    yield 1
    return
    yield 2
print list(early())
try:
    compile('def f():\n    yield 1\n    return 5\n', '<g>', 'exec')
except SyntaxError as ex:
    print type(ex).__name__, ex

# generator already executing
def selfref():
    yield gen.next()
gen = selfref()
try:
    gen.next()
except ValueError as ex:
    print type(ex).__name__, ex

# gi_running, gi_frame, gi_code
def show():
    yield g2.gi_running
g2 = show()
print g2.gi_running, g2.next(), g2.gi_running
print g2.gi_code.co_name, g2.__name__
list(g2)
print g2.gi_frame

# yield inside try/finally with exceptions
def tf():
    try:
        yield 'a'
        raise ValueError('inside')
    except ValueError as ex:
        yield 'except ' + str(ex)
    finally:
        yield 'finally'
print list(tf())

# generators are iterators
it = count(2)
print iter(it) is it
print sum(count(101))
print max(count(7)), sorted(count(4), reverse=True)

# infinite generator with islice-like manual take
def naturals():
    n = 0
    while True:
        yield n
        n += 1
res = []
for n in naturals():
    if n > 5:
        break
    res.append(n * n)
print res

# yield in expressions
def yexpr():
    x = (yield 1) + (yield 2)
    yield x
y = yexpr()
print y.next(), y.send(10), y.send(20)

# StopIteration raised inside generator ends it (2.7)
def stopper():
    yield 1
    raise StopIteration('stop!')
print list(stopper())

# generator with arguments and defaults, recursion
def tree(n, depth=0):
    if n:
        for x in tree(n - 1, depth + 1):
            yield x
    yield depth
print list(tree(3))

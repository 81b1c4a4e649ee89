# Generators as coroutines: priming, send(), yield expressions, running averages, pipelines of consumers.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print a.next()
for v in (10, 20, 30, 5):
    print a.send(v)
def primed(f):
    def wrap(*args):
        g = f(*args)
        g.next()
        return g
    return wrap
@primed
def collector(out):
    while True:
        item = yield
        out.append(item)
@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
results = []
g = grep('py', collector(results))
for line in ['python', 'java', 'pypy', 'ruby', 'cpython']:
    g.send(line)
print results
# yield expression value order
def echo():
    received = []
    x = yield 'first'
    received.append(x)
    y = yield 'second'
    received.append(y)
    yield received
e = echo()
print e.send(None), e.send('A'), e.send('B')
# send after exhaustion
def one():
    yield 1
o = one()
o.next()
try:
    o.send('x')
except StopIteration:
    print 'StopIteration on send after end'
try:
    o.send('y')
except StopIteration:
    print 'still StopIteration'
# yield inside expressions and function call arguments
def expr_yield():
    result = [(yield 1), (yield 2)]
    yield result
    yield max((yield 'a'), (yield 'b'))
ey = expr_yield()
print ey.next(), ey.send('x'), ey.send('y'), ey.next(), ey.send(5), ey.send(3)
# generator returning via StopIteration stops consumers
def state_machine():
    state = 'start'
    while state != 'end':
        cmd = yield state
        if state == 'start' and cmd == 'go':
            state = 'running'
        elif state == 'running' and cmd == 'stop':
            state = 'end'
sm = state_machine()
print sm.next(), sm.send('noop'), sm.send('go'), sm.send('noop')
try:
    sm.send('stop')
except StopIteration:
    print 'machine ended'
# sending wrong number of arguments
s2 = averager()
try:
    s2.send()
except TypeError as e:
    print type(e).__name__, e
try:
    s2.send(1, 2)
except TypeError as e:
    print type(e).__name__, e

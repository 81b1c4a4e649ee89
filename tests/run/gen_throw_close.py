# throw() and close() in detail: finally blocks, nested try, exception types and tracebacks,
# throwing into a generator suspended inside with-statements, and GeneratorExit handling.
import sys
class CM(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print 'enter', self.name
        return self
    def __exit__(self, t, v, tb):
        print 'exit', self.name, t.__name__ if t else None
        return False
def g():
    with CM('outer'):
        try:
            yield 1
        except ValueError as e:
            print 'handled', e
            yield 'after handling'
        with CM('inner'):
            yield 2
x = g()
print x.next()
print x.throw(ValueError('v1'))
print x.next()
try:
    x.throw(KeyError('k1'))
except KeyError as e:
    print 'propagated', e
print list(x)
y = g()
y.next()
y.next()
y.close()
print 'closed y'
# throw with class, class+value, class+value+traceback
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print 'caught', type(e).__name__, e.args
c = catcher()
c.next()
c.throw(IndexError)
c.throw(IndexError, 'msg')
c.throw(IndexError, ('a', 'b'))
c.throw(IndexError('inst'))
try:
    raise TypeError('for tb')
except TypeError:
    tb = sys.exc_info()[2]
c.throw(TypeError, TypeError('with tb'), tb)
for bad in ((5,), (IndexError, 'x', 5), ('string exception',)):
    try:
        c.throw(*bad)
    except TypeError as e:
        print type(e).__name__, e
# throw StopIteration / GeneratorExit into a generator
def simple():
    yield 1
    yield 2
s = simple()
s.next()
try:
    s.throw(StopIteration)
except StopIteration:
    print 'StopIteration propagated from throw'
s = simple()
s.next()
try:
    s.throw(GeneratorExit)
except GeneratorExit:
    print 'GeneratorExit propagated from throw'
# close() when the generator returns normally after GeneratorExit
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print 'cleanup on close'
        return
r = returns_on_close()
r.next()
print r.close()
# close() when the generator raises another exception
def raises_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('raised during close')
rc = raises_on_close()
rc.next()
try:
    rc.close()
except ValueError as e:
    print type(e).__name__, e
# close() on a finished generator is fine
done = simple()
list(done)
done.close()
print 'close on finished ok'
# finally with yield in it: close triggers the finally, a yield there is an error
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 'in finally'
yf = yield_in_finally()
yf.next()
try:
    yf.close()
except RuntimeError as e:
    print type(e).__name__, e
# exception raised in generator is visible to caller with correct type; generator then closed
def bad():
    yield 1
    raise KeyError('inside')
b = bad()
print b.next()
try:
    b.next()
except KeyError as e:
    print type(e).__name__, e
print list(b)

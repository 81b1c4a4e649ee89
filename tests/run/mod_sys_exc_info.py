# sys.exc_info(): the exception being handled, in 2.7's rules.
import sys

def show(label):
    t, v, tb = sys.exc_info()
    print label, t.__name__ if t else None, repr(v) if v is not None else None, type(tb).__name__

show('start')
try:
    raise ValueError('bad')
except ValueError:
    show('in except')
    t, v, tb = sys.exc_info()
    print tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next
# In 2.7 the exception stays visible after the except clause in the same frame.
show('after except')
sys.exc_clear()
show('after exc_clear')

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        show('in f')
    show('f after except')
f()
# Leaving the function restores the caller's state.
show('after f')

def g():
    show('g sees')
try:
    raise KeyError('k')
except KeyError:
    g()
    try:
        raise TypeError('inner')
    except TypeError:
        show('nested')
    show('after nested')

def gen():
    try:
        raise IndexError('in gen')
    except IndexError:
        yield sys.exc_info()[0].__name__
it = gen()
print it.next()
sys.exc_clear()

try:
    try:
        raise ValueError('one')
    finally:
        show('finally')
except ValueError:
    show('outer')

def tb_depth():
    def a():
        b()
    def b():
        raise RuntimeError('deep')
    try:
        a()
    except RuntimeError:
        tb = sys.exc_info()[2]
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print names
tb_depth()

try:
    raise ValueError, 'old style'
except:
    t, v, tb = sys.exc_info()
    print t is ValueError, isinstance(v, ValueError), v.args

# sys.exc_info() and traceback objects: contents inside handlers, in nested functions, generators,
# finally blocks, and after re-raise; traceback frame/line attributes.
import sys
def where(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def inner():
    raise ValueError('inner failed')
def middle():
    inner()
def outer():
    try:
        middle()
    except ValueError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), where(tb)
print outer()
print sys.exc_info()
try:
    outer_result = middle()
except ValueError:
    t, v, tb = sys.exc_info()
    print t is ValueError, v.args, where(tb), type(tb).__name__, tb.tb_lasti >= 0
# the traceback grows as the exception propagates through re-raises
def reraiser():
    try:
        inner()
    except ValueError:
        raise
try:
    reraiser()
except ValueError:
    print where(sys.exc_info()[2])
# raise with explicit traceback
def raise_with_tb():
    try:
        inner()
    except ValueError:
        tb = sys.exc_info()[2]
    raise KeyError, 'new', tb
try:
    raise_with_tb()
except KeyError:
    print [name for name, line in where(sys.exc_info()[2])]
# exc_info inside a generator handler and after the generator yields
def gen():
    try:
        raise KeyError('gen error')
    except KeyError:
        yield sys.exc_info()[0].__name__
g = gen()
print g.next()
# exc_info restored after a nested handler in a called function
def nested_handler():
    try:
        raise TypeError('nested')
    except TypeError:
        return sys.exc_info()[0].__name__
try:
    raise ValueError('outer')
except ValueError:
    print nested_handler(), sys.exc_info()[0].__name__
# frame attributes reachable from the traceback
try:
    inner()
except ValueError:
    tb = sys.exc_info()[2]
    last = tb
    while last.tb_next:
        last = last.tb_next
    f = last.tb_frame
    print f.f_code.co_name, f.f_back.f_code.co_name, f.f_code.co_filename, sorted(f.f_locals.keys())
    print f.f_globals is globals(), type(f).__name__
# sys.exc_clear inside handler
try:
    raise ValueError
except ValueError:
    sys.exc_clear()
    print sys.exc_info()

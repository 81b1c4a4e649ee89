# bare raise, re-raise after handling, sys.exc_info semantics in Python 2.
import sys

def reraiser():
    try:
        raise ValueError('orig')
    except ValueError:
        print 'handling', sys.exc_info()[0].__name__
        raise

try:
    reraiser()
except ValueError as e:
    print 'reraised', e

# bare raise re-raises the "current" exception even after a nested handled one
def nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise   # Python 2: re-raises IndexError (the last handled)

try:
    nested()
except Exception as e:
    print 'nested bare raise gives', type(e).__name__, e

# exc_info persists after the except block in Python 2 (until the function returns)
def persist():
    try:
        raise TypeError('persisting')
    except TypeError:
        pass
    t, v, tb = sys.exc_info()
    return t.__name__, str(v)
print persist()

# after a function returns, caller's exc_info is restored
def inner_handler():
    try:
        raise KeyError('inner')
    except KeyError:
        pass

try:
    raise ValueError('caller')
except ValueError:
    inner_handler()
    print 'restored:', sys.exc_info()[0].__name__, sys.exc_info()[1]

# exc_clear
try:
    raise ValueError('x')
except ValueError:
    pass
print sys.exc_info()[0].__name__
sys.exc_clear()
print sys.exc_info()

# bare raise with nothing active
def fresh():
    sys.exc_clear()
    try:
        raise
    except TypeError as e:
        print type(e).__name__, e
fresh()

# traceback object fields
def level2():
    raise RuntimeError('deep')
def level1():
    level2()
try:
    level1()
except RuntimeError:
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - level1.func_code.co_firstlineno))
        tb = tb.tb_next
    print names

# raising in a loop and catching repeatedly
count = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError as e:
        count += e.args[0]
print 'count', count

# re-raise with modified exception
try:
    try:
        {}['missing']
    except KeyError as e:
        e.args = ('changed',) + e.args
        raise
except KeyError as e:
    print 'modified', e.args

# exception instance reused
err = ValueError('shared')
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print e is err, e

# exception variable stays bound after except in Python 2
try:
    raise IndexError('bound')
except IndexError as still:
    pass
print 'still bound:', still

# raise inside generator propagates to consumer
def g():
    yield 1
    raise StopIteration
    yield 2
print list(g())

def g2():
    yield 1
    raise ValueError('in gen')
try:
    for x in g2():
        print 'got', x
except ValueError as e:
    print 'gen raised', e

# finally with re-raise keeps original
def finally_reraise():
    try:
        raise KeyError('kept')
    finally:
        print 'cleanup'
try:
    finally_reraise()
except KeyError as e:
    print 'after finally', e

# exception in __str__ of exception printed via str()
class BadStr(Exception):
    def __str__(self):
        raise ValueError('bad __str__')
try:
    str(BadStr())
except ValueError as e:
    print 'str raised', e

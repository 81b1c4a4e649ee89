# raise/try/except/else/finally, exception matching, exception objects.
def attempt(f):
    try:
        f()
    except ZeroDivisionError as e:
        print 'ZeroDivisionError:', e
    except (KeyError, IndexError) as e:
        print 'lookup:', type(e).__name__, e
    except Exception as e:
        print 'other:', type(e).__name__, e
    else:
        print 'no exception'
    finally:
        print 'finally'

attempt(lambda: 1 / 0)
attempt(lambda: {}['k'])
attempt(lambda: [][1])
attempt(lambda: int('x'))
attempt(lambda: None)

# old-style except syntax with comma
try:
    raise ValueError('v1')
except ValueError, e:
    print 'comma form', e.args

# raise class, instance, class with argument, raise class, tuple
for thing in ('cls', 'inst', 'cls,arg', 'cls,tuple'):
    try:
        if thing == 'cls':
            raise KeyError
        elif thing == 'inst':
            raise KeyError('inst')
        elif thing == 'cls,arg':
            raise KeyError, 'arg'
        else:
            raise KeyError, ('a', 'b')
    except KeyError as e:
        print thing, repr(e), e.args

# exception args and str
e = Exception()
print repr(e), str(e), e.args
e = Exception('one')
print repr(e), str(e), e.args
e = Exception('one', 2)
print repr(e), str(e), e.args
e = Exception(None)
print repr(e), str(e)
print repr(KeyError('k')), str(KeyError('k')), str(KeyError('a', 'b'))
print str(IOError(2, 'No such file')), IOError(2, 'x').errno, IOError(2, 'x').strerror
print str(IOError(2, 'No such file', 'f.txt'))
print repr(EnvironmentError(1, 2, 3, 4))

# catching by base class
for exc in (ZeroDivisionError, OverflowError, FloatingPointError):
    try:
        raise exc('x')
    except ArithmeticError as e:
        print 'ArithmeticError caught', type(e).__name__
for exc in (IndexError, KeyError):
    try:
        raise exc('x')
    except LookupError as e:
        print 'LookupError caught', type(e).__name__

# exception hierarchy
for cls in (BaseException, Exception, StandardError, ArithmeticError, LookupError,
            EnvironmentError, IOError, OSError, KeyboardInterrupt, SystemExit,
            GeneratorExit, StopIteration, UnicodeDecodeError, UnicodeError,
            DeprecationWarning, Warning, NotImplementedError, IndentationError,
            TabError, UnboundLocalError, ReferenceError, BufferError, EOFError,
            AssertionError, ImportError, MemoryError, RuntimeError, SyntaxError,
            SystemError, TypeError, ValueError, BytesWarning, UnicodeWarning,
            ImportWarning, FutureWarning, SyntaxWarning, RuntimeWarning,
            PendingDeprecationWarning, UserWarning, UnicodeEncodeError,
            UnicodeTranslateError, AttributeError, NameError):
    print cls.__name__, [b.__name__ for b in cls.__mro__[1:]]

# finally runs on return, break, continue
def fin_return():
    try:
        return 'try'
    finally:
        print 'finally on return'
print fin_return()

def fin_override():
    try:
        return 'try'
    finally:
        return 'finally wins'
print fin_override()

def fin_swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print fin_swallow()

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print 'body', i
    finally:
        print 'finally', i

# exception in except clause replaces the original
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except Exception as e:
    print type(e).__name__, e

# exception in finally replaces the original
try:
    try:
        raise ValueError('first')
    finally:
        raise KeyError('from finally')
except Exception as e:
    print type(e).__name__, e

# else not run when exception; else exception not caught by same try
try:
    try:
        pass
    except ValueError:
        print 'not here'
    else:
        raise ValueError('from else')
except ValueError as e:
    print 'outer caught', e

# user-defined exceptions
class MyError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code
    def __str__(self):
        return 'MyError(%d): %s' % (self.code, self.args[1])
try:
    raise MyError(7, 'bad thing')
except MyError as e:
    print e, e.code, e.args, repr(e)

class Sub(MyError):
    pass
try:
    raise Sub(1, 'sub')
except MyError as e:
    print 'caught subclass', type(e).__name__, e

# exception matching with tuple nested
try:
    raise IndexError('ix')
except ((KeyError, (IndexError,)), ValueError) as e:
    print 'nested tuple matched', e

# raising non-exception
try:
    raise 42
except TypeError as e:
    print type(e).__name__, e
try:
    raise object
except TypeError as e:
    print type(e).__name__, e
try:
    raise KeyError('a'), 'b'
except TypeError as e:
    print type(e).__name__, e

# raise with traceback argument
import sys
try:
    try:
        1 / 0
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
        raise ValueError, ValueError('re'), tb
except ValueError as e:
    print 'three-arg raise', e, type(sys.exc_info()[2]).__name__

# attributes of built-in exception classes
print KeyError('x').args, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code
print StopIteration().args
u = UnicodeDecodeError('utf8', 'ab\xff', 2, 3, 'invalid start byte')
print u.encoding, repr(u.object), u.start, u.end, u.reason
print u
print SyntaxError('msg', ('f.py', 3, 4, 'text')).lineno, SyntaxError('msg', ('f.py', 3, 4, 'text'))

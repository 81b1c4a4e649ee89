# Exceptions are new-style classes in 2.7: types, attributes, matching rules.
print type(Exception).__name__, type(Exception()).__name__, Exception.__class__.__name__
print Exception.__bases__, BaseException.__bases__
print isinstance(ValueError('x'), object), issubclass(ValueError, object)
print sorted(k for k in vars(BaseException) if not k.startswith('__'))
print [k for k in ('args', 'message', '__dict__', '__reduce__', '__setstate__', '__unicode__') if hasattr(BaseException(), k)]
e = ValueError('v')
print e.__class__ is ValueError, type(e) is ValueError
print e.__reduce__()
e.extra = 1
print e.__reduce__()
print e.__dict__
e2 = ValueError()
e2.__setstate__({'restored': True})
print e2.restored
print ValueError.__name__, ValueError.__module__, repr(ValueError)
# every built-in exception class has a docstring (pystm's are its own words)
print [type(c.__doc__).__name__ for c in (ValueError, Exception, KeyError)], ValueError.__doc__ != KeyError.__doc__

# except matching: classes, tuples, nested tuples, subclasses
def match(exc, spec):
    try:
        raise exc
    except spec:
        return 'matched'
    except BaseException:
        return 'not matched'
print match(ValueError, ValueError), match(ValueError, Exception), match(ValueError, TypeError)
print match(ValueError, (TypeError, ValueError)), match(ValueError, (TypeError, (KeyError, ValueError)))
print match(KeyError('k'), LookupError), match(IndexError(), (KeyError,)), match(ValueError, ())
print match(UnicodeDecodeError('ascii', 'x', 0, 1, 'r'), ValueError)
print match(SystemExit, Exception), match(KeyboardInterrupt, BaseException)
class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith('Value')
    def __instancecheck__(cls, inst):
        return True
class Magic(Exception):
    __metaclass__ = Meta
print match(ValueError, Magic), match(TypeError, Magic)
# the exception variable is the instance even when the class was raised
try:
    raise KeyError
except KeyError as inst:
    print type(inst).__name__, inst.args
# except clause with a variable can unpack args in 2.7
try:
    raise ValueError(1, 2)
except ValueError, (a, b):
    print 'unpacked', a, b
try:
    raise ValueError('x')
except ValueError, e3:
    print 'comma form:', e3
# the name stays bound after the except clause in Python 2
print e3
# an exception class used as a normal object
d = {ValueError: 'v', KeyError: 'k'}
print d[ValueError], sorted(c.__name__ for c in d)
lst = [ValueError, TypeError]
try:
    raise lst[1]('indexed')
except tuple(lst) as e:
    print type(e).__name__, e

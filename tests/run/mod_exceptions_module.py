# The exceptions module holds the built-in exception classes themselves.
import exceptions
print sorted(k for k in exceptions.__dict__.keys() if k != '__package__')
print exceptions, exceptions.__name__, exceptions.__doc__ is not None
print all(getattr(exceptions, n) is getattr(__builtins__, n) for n in dir(exceptions) if not n.startswith('_'))
print len([n for n in dir(exceptions) if not n.startswith('_')])
from exceptions import ValueError as VE, Exception as E
print VE is ValueError, issubclass(VE, E)
try:
    raise exceptions.KeyError('k')
except KeyError as e:
    print repr(e)

# BaseException.message: deprecated in 2.6; reading it warns with a
# DeprecationWarning, which 2.7 ignores by default.
import warnings

e = ValueError('the message')
print repr(e.message)
print repr(ValueError().message), repr(ValueError('a', 'b').message), repr(ValueError(5).message)
print 'nothing was printed on stderr for those'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    m = KeyError('k').message
    print repr(m), len(w)
    for x in w:
        print x.category.__name__, x.message
# setting message is allowed and stops the warning
e = Exception('orig')
e.message = 'set by hand'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print e.message, len(w), e.args, str(e)
# subclasses that define message themselves do not warn
class WithMessage(Exception):
    def __init__(self, message):
        Exception.__init__(self, message)
        self.message = message
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print WithMessage('mine').message, len(w)
class PropMessage(Exception):
    @property
    def message(self):
        return 'property message'
print PropMessage('x').message
e = Exception('x')
del e.message
try:
    e.message
except AttributeError as ae:
    print 'AttributeError:', ae
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        Exception('y').message
    except DeprecationWarning as dw:
        print 'as error:', dw

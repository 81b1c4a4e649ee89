# warnings.warn: printed on stderr once per location; categories; stacklevel.
import warnings, sys

print [(f[0], f[2].__name__) for f in warnings.filters]
warnings.warn('plain message')
for i in range(3):
    warnings.warn('in a loop, shown once')
def f():
    warnings.warn('from f')
f()
f()
def g():
    warnings.warn('attributed to caller', stacklevel=2)
g()
g()
warnings.warn('user category', UserWarning)
warnings.warn('runtime', RuntimeWarning)
warnings.warn('future', FutureWarning)
warnings.warn('syntax', SyntaxWarning)
warnings.warn('unicode', UnicodeWarning)
warnings.warn('deprecated, ignored by default', DeprecationWarning)
warnings.warn('pending, ignored by default', PendingDeprecationWarning)
warnings.warn('import, ignored by default', ImportWarning)
warnings.warn('bytes, ignored by default', BytesWarning)
warnings.warn(UserWarning('an instance'))
class MyWarning(UserWarning):
    pass
warnings.warn('custom', MyWarning)
warnings.warn('same text')
warnings.warn('same text')
warnings.warn('same text, other line')
warnings.warn(u'unicode text')
warnings.warn('x' * 3, stacklevel=1)
try:
    warnings.warn('bad category', int)
except (TypeError, ValueError) as e:
    print type(e).__name__ + ':', e
try:
    warnings.warn('bad category', ValueError)
except (TypeError, ValueError) as e:
    print type(e).__name__ + ':', e
print issubclass(UserWarning, Warning), issubclass(Warning, Exception)
print [c.__name__ for c in DeprecationWarning.__mro__]
print 'end'

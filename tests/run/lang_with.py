# The with statement and the context manager protocol.
class CM(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print 'exit', self.name, t.__name__ if t else None, v, tb is not None
        return self.suppress

with CM('a') as x:
    print 'body', x

with CM('b'):
    print 'body without as'

try:
    with CM('c'):
        raise ValueError('boom')
except ValueError as e:
    print 'propagated', e

with CM('d', suppress=True):
    raise KeyError('suppressed')
print 'after suppressed'

# truthy non-bool return suppresses
with CM('e', suppress=1):
    1 / 0
print 'suppressed by 1'

# nested managers in one statement
with CM('f') as a, CM('g') as b:
    print 'nested', a, b

# exception in inner: inner exit then outer
try:
    with CM('h'), CM('i'):
        raise IndexError('inner')
except IndexError:
    print 'caught after both exits'

# with and return/break/continue
def ret():
    with CM('j'):
        return 'returned'
print ret()

for i in range(3):
    with CM('loop%d' % i):
        if i == 0:
            continue
        if i == 1:
            break
print 'loop done'

# tuple targets
class Pair(object):
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        return False
with Pair() as (p, (q, r)):
    print p, q, r

# target is attribute / item
class Box(object):
    pass
bx = Box()
d = {}
with Pair() as bx.val:
    pass
with Pair() as d['k']:
    pass
print bx.val, d

# missing __exit__ / __enter__
class NoExit(object):
    def __enter__(self):
        return self
class NoEnter(object):
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter):
    try:
        with cls():
            print 'not reached'
    except AttributeError as e:
        print type(e).__name__, e

# __exit__ raising replaces the exception
class BadExit(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with BadExit():
        raise ValueError('orig')
except Exception as e:
    print type(e).__name__, e

# __enter__ raising: __exit__ not called
class BadEnter(object):
    def __enter__(self):
        raise KeyError('enter failed')
    def __exit__(self, *a):
        print 'exit should not run'
try:
    with BadEnter():
        pass
except KeyError as e:
    print 'enter failed', e

# __exit__ looked up on the type, not the instance
class Inst(object):
    def __enter__(self):
        return 'inst'
    def __exit__(self, *a):
        print 'class __exit__'
i = Inst()
i.__exit__ = lambda *a: 'instance exit'
with i as v:
    print v

# old-style class context manager
class Old:
    def __enter__(self):
        print 'old enter'
        return 'old'
    def __exit__(self, t, v, tb):
        print 'old exit', t
        return True
with Old() as o:
    print o
    raise ValueError
print 'old suppressed'

# exit args are type, value, traceback
class Show(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print t is ZeroDivisionError, isinstance(v, ZeroDivisionError), type(tb).__name__
        return True
with Show():
    1 / 0

# files are context managers
import os
with open('lang_with.py') as fh:
    print fh.readline().rstrip()
print fh.closed

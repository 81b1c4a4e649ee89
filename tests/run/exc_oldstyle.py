# Old-style classes as exceptions: raising, catching and the TypeErrors.
import sys

class Old:
    def __init__(self, *args):
        self.args = args
class OldSub(Old):
    pass
class OldStr:
    def __str__(self):
        return 'OldStr.__str__'

def t(label, f):
    try:
        f()
    except Old as e:
        print label, '-> caught as Old:', e.__class__.__name__, [a.__class__.__name__ if isinstance(a, Old) else a for a in e.args]
    except BaseException as e:
        print label, '->', type(e).__name__, e
    except:
        e = sys.exc_info()
        print label, '-> bare except:', e[0].__name__, e[1].__class__.__name__

def r(src):
    exec src

t('raise Old', lambda: r('raise Old'))
t('raise Old()', lambda: r('raise Old(1, 2)'))
t('raise Old, 5', lambda: r('raise Old, 5'))
t('raise Old, (1, 2)', lambda: r('raise Old, (1, 2)'))
t('raise OldSub', lambda: r('raise OldSub'))
t('raise OldSub(), caught by Old', lambda: r('raise OldSub("x")'))
t('raise OldStr', lambda: r('raise OldStr'))
t('raise Old(), 5', lambda: r('raise Old(), 5'))
t('raise Old, Old()', lambda: r('raise Old, Old(9)'))
t('raise Old, OldSub()', lambda: r('raise Old, OldSub(8)'))
t('raise OldSub, Old()', lambda: r('raise OldSub, Old(7)'))

try:
    raise OldStr
except OldStr as e:
    print 'caught OldStr:', str(e), type(e).__name__, e.__class__.__name__
try:
    raise OldSub('a')
except (ValueError, Old) as e:
    print 'tuple with old-style class:', e.args
try:
    try:
        raise Old('not an Exception')
    except Exception:
        print 'wrong: Exception caught an old-style instance'
except Old:
    print 'Exception does not catch old-style instances'
try:
    raise Old('x')
except:
    t_, v, tb = sys.exc_info()
    print t_ is Old, isinstance(v, Old), v.args
# catching with a non-class
try:
    try:
        raise ValueError('v')
    except 'a string':
        print 'not reached'
except ValueError as e:
    print 'string in except clause does not match:', e
try:
    try:
        raise ValueError('v')
    except 5:
        print 'not reached'
except ValueError as e:
    print 'int in except clause does not match:', e
# new-style classes not derived from BaseException cannot be raised
class NewNotExc(object):
    pass
t('raise new-style non-exception class', lambda: r('raise NewNotExc'))
t('raise new-style non-exception instance', lambda: r('raise NewNotExc()'))

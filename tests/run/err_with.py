# The with statement on objects that are not context managers, and errors
# raised by __enter__ and __exit__.
def t(label, src, ns=None):
    try:
        g = {'__builtins__': __builtins__}
        g.update(ns or {})
        exec src in g
        print label, '-> ok', g.get('result')
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

class NoExit(object):
    def __enter__(self):
        return self
class NoEnter(object):
    def __exit__(self, *a):
        return False
class Old:
    pass
class OldCM:
    def __enter__(self):
        return 'old enter'
    def __exit__(self, *a):
        return False
class EnterRaises(object):
    def __enter__(self):
        raise ValueError('enter failed')
    def __exit__(self, *a):
        print '   __exit__ must not run'
class ExitRaises(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError('exit failed')
class Suppress(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print '   __exit__ got', t.__name__ if t else None, v
        return True
class ExitArgs(object):
    def __enter__(self):
        return self
    def __exit__(self):
        return False
class ExitAsAttribute(object):
    def __enter__(self):
        return self
ExitAsAttribute.__exit__ = 5
class InstanceExit(object):
    def __enter__(self):
        return self
ie = InstanceExit()
ie.__exit__ = lambda *a: False
ns = dict(NoExit=NoExit, NoEnter=NoEnter, Old=Old, OldCM=OldCM, EnterRaises=EnterRaises,
          ExitRaises=ExitRaises, Suppress=Suppress, ExitArgs=ExitArgs,
          ExitAsAttribute=ExitAsAttribute, ie=ie)
t('with 5', 'with 5: pass')
t('with None', 'with None: pass')
t('with "s"', 'with "s": pass')
t('with object()', 'with object(): pass', ns)
t('with NoExit()', 'with NoExit(): pass', ns)
t('with NoEnter()', 'with NoEnter(): pass', ns)
t('with Old()', 'with Old(): pass', ns)
t('with OldCM() as x', 'with OldCM() as x: result = x', ns)
t('with EnterRaises()', 'with EnterRaises(): pass', ns)
t('with ExitRaises()', 'with ExitRaises(): pass', ns)
t('with ExitRaises() and body raises', 'with ExitRaises(): 1/0', ns)
t('with Suppress(): 1/0', 'with Suppress(): 1/0\nresult = "after"', ns)
t('with Suppress(): pass', 'with Suppress(): pass', ns)
t('with ExitArgs()', 'with ExitArgs(): pass', ns)
t('with ExitAsAttribute()', 'with ExitAsAttribute(): pass', ns)
t('with instance __exit__', 'with ie: pass', ns)
t('with Suppress(), NoEnter()', 'with Suppress(), NoEnter(): pass', ns)
t('with Suppress() as (a, b)', 'with Suppress() as (a, b): pass', ns)
t('with open("/nonexistent/x")', 'with open("/nonexistent/x") as f: pass')
def closed_file():
    f = open('/dev/null')
    f.close()
    with f:
        pass
try:
    closed_file()
except ValueError as e:
    print 'with closed file ->', type(e).__name__ + ':', e
def unbound_as():
    try:
        with NoExit() as target:
            pass
    except AttributeError as e:
        return 'AttributeError: %s, target bound: %s' % (e, 'target' in locals())
print unbound_as()

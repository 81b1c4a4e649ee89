# getattr, setattr, delattr, hasattr with all argument forms and errors.
class C(object):
    cls = 'class value'
    def __init__(self):
        self.inst = 'instance value'
c = C()
print getattr(c, 'inst'), getattr(c, 'cls'), getattr(C, 'cls'), getattr(c, 'missing', 'default'), getattr(c, 'missing', None)
print getattr(c, u'inst'), hasattr(c, u'cls'), getattr(5, 'real'), getattr('abc', 'upper')(), getattr([], '__len__')()
try:
    getattr(c, 'missing')
except AttributeError as e:
    print type(e).__name__, e
for args in ((c,), (c, 5), (c, 'a', 'b', 'c'), (c, None), ()):
    try:
        getattr(*args)
    except TypeError as e:
        print args[1:2], type(e).__name__, e
try:
    getattr(c, u'\xe9')
except (UnicodeEncodeError, AttributeError) as e:
    print type(e).__name__
setattr(c, 'new', 1)
setattr(c, u'uni', 2)
setattr(C, 'clsnew', 3)
print c.new, c.uni, c.clsnew, sorted(c.__dict__)
for args in ((c, 5, 1), (c, 'x'), (5, 'x', 1), ('s', 'x', 1), (None, 'x', 1)):
    try:
        setattr(*args)
    except (TypeError, AttributeError) as e:
        print type(e).__name__, e
delattr(c, 'new')
delattr(C, 'clsnew')
print hasattr(c, 'new'), hasattr(C, 'clsnew')
for args in ((c, 'new'), (c, 5), (5, 'real'), (c,), (C, 'nope')):
    try:
        delattr(*args)
    except (TypeError, AttributeError) as e:
        print type(e).__name__, e
print hasattr(c, 'inst'), hasattr(c, 'zz'), hasattr(None, '__class__'), hasattr(1, 'imag'), hasattr(C, '__init__')
try:
    hasattr(c, 5)
except TypeError as e:
    print type(e).__name__, e
try:
    hasattr(c)
except TypeError as e:
    print type(e).__name__, e
# hasattr swallows all Exceptions in Python 2 (but not KeyboardInterrupt etc.)
class Explode(object):
    @property
    def bad(self):
        raise ValueError('exploded')
    @property
    def exit(self):
        raise SystemExit(3)
print hasattr(Explode(), 'bad')
try:
    hasattr(Explode(), 'exit')
except SystemExit as e:
    print 'SystemExit propagated', e.code
# getattr default is not used for non-AttributeError exceptions
try:
    getattr(Explode(), 'bad', 'dflt')
except ValueError as e:
    print type(e).__name__, e
# attribute names are strings; unicode ascii names are converted
setattr(c, u'ascii_name', 'ok')
print c.ascii_name, [k for k in c.__dict__ if k == 'ascii_name'], type([k for k in c.__dict__ if k == 'ascii_name'][0]).__name__

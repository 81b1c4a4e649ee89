# User-defined exception classes: __str__, __repr__, __unicode__, __init__,
# attributes, multiple inheritance.
class AppError(Exception):
    """Base of the application's errors."""

class NotFound(AppError):
    def __init__(self, name, where='here'):
        AppError.__init__(self, name, where)
        self.name = name
        self.where = where
    def __str__(self):
        return '%s not found %s' % (self.name, self.where)

class WithRepr(AppError):
    def __repr__(self):
        return 'WithRepr<%s>' % (self.args,)

class WithUnicode(AppError):
    def __unicode__(self):
        return u'unicode text \xe9'

class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code

class StrReturnsNonString(AppError):
    def __str__(self):
        return 42

class Both(KeyError, AttributeError):
    pass

for e in (AppError(), AppError('msg'), NotFound('key'), NotFound('file', 'on disk'), WithRepr(1, 2),
          WithUnicode('u'), NoSuperInit(404), Both('both')):
    print type(e).__name__, '| args=%r | str=%s | repr=%r' % (e.args, str(e), e)
print repr(unicode(WithUnicode('u'))), repr(unicode(NotFound('n')))
try:
    str(StrReturnsNonString())
except TypeError as e:
    print 'TypeError:', e
try:
    raise NotFound('thing')
except AppError as e:
    print 'caught as AppError:', e, e.name, e.where
try:
    raise NoSuperInit(500)
except AppError as e:
    print 'code', e.code, e.args
for cls in (KeyError, AttributeError, LookupError, Exception):
    try:
        raise Both('x')
    except cls as e:
        print 'Both caught by', cls.__name__, str(e)
print [c.__name__ for c in Both.__mro__]
print AppError.__doc__, NotFound.__doc__
print issubclass(NotFound, Exception), isinstance(NotFound('a'), AppError)

class Counted(Exception):
    count = 0
    def __init__(self, *args):
        Counted.count += 1
        super(Counted, self).__init__(*args)
for i in range(3):
    try:
        raise Counted(i)
    except Counted as e:
        pass
print Counted.count, e.args

class Slotted(Exception):
    __slots__ = ('extra',)
s = Slotted('s')
s.extra = 1
print s.extra, s.args
class Dyn(Exception):
    pass
d = Dyn('a')
d.anything = [1]
print d.anything, sorted(d.__dict__)
class ArgsOverride(Exception):
    def __init__(self, a, b):
        self.args = (a * 2, b * 2)
print ArgsOverride(1, 2).args, str(ArgsOverride('x', 'y'))
class NewErr(ValueError):
    def __new__(cls, *args):
        print '   __new__', args
        return ValueError.__new__(cls, *args)
print NewErr('n').args
try:
    raise NewErr, 'via class'
except NewErr as e:
    print e
class Meta(type):
    pass
class MetaErr(Exception):
    __metaclass__ = Meta
try:
    raise MetaErr('with metaclass')
except MetaErr as e:
    print type(type(e)).__name__, e

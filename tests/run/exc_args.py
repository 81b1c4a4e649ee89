# Exception args, str, repr and unicode with zero, one and several arguments.
classes = [Exception, ValueError, TypeError, RuntimeError, LookupError, StopIteration,
           AssertionError, NotImplementedError, ZeroDivisionError, Warning, BaseException]
argsets = [(), ('msg',), ('a', 'b'), (1,), (1, 2, 3), (None,), ('',), ((1, 2),), ([1],), (u'uni',)]
for cls in classes:
    for args in argsets:
        e = cls(*args)
        print cls.__name__, repr(args), '|', e.args, '|', str(e), '|', repr(e), '|', repr(unicode(e))

e = ValueError('x')
e.args = ('changed', 2)
print e.args, str(e)
e.args = [1, 2]
print e.args, type(e.args).__name__
e.args = 'ab'
print e.args
e = Exception(u'caf\xe9')
print repr(unicode(e)), repr(e)
try:
    str(e)
except UnicodeEncodeError as ue:
    print 'UnicodeEncodeError:', ue
e = Exception('caf\xc3\xa9')
print repr(str(e))
try:
    unicode(e)
except UnicodeDecodeError as ue:
    print 'UnicodeDecodeError:', ue.reason
print repr(Exception(1, u'x').__unicode__())
print Exception('a', 'b')[1]
print Exception('a', 'b')[0:1]
e = ValueError('attrs')
e.custom = 5
print e.custom, e.__dict__
print ValueError('k', 1) == ValueError('k', 1), ValueError() is not ValueError()
print bool(ValueError()), bool(ValueError(0))
print Exception(*range(5)).args
print str(Exception(Exception('inner'))), repr(Exception(ValueError('inner')))
print str(KeyError(KeyError('k')))
ex = Exception()
ex.args = ()
print repr(str(ex))
class NoInit(Exception):
    def __init__(self):
        pass
print NoInit().args, repr(str(NoInit()))
class InitOther(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a + b)
print InitOther(1, 2).args, str(InitOther('x', 'y'))

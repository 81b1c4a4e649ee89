# traceback: formatting the exception being handled.
import traceback, sys

def inner(x):
    return 10 / x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    s = traceback.format_exc()
    print s,
    print '---'
    traceback.print_exc(file=sys.stdout)
    print '---'
    traceback.print_exc(limit=1, file=sys.stdout)
    print '---'
    print traceback.format_exc(2),
    print '---'
    et, ev, tb = sys.exc_info()
    for entry in traceback.extract_tb(tb):
        print entry
    print traceback.extract_tb(tb, 2)
    print traceback.format_tb(tb)
    print traceback.format_exception(et, ev, tb)
    print traceback.format_exception(et, ev, tb, 1)
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_exception(et, ev, tb, file=sys.stdout)
    traceback.print_exception(et, ev, None, file=sys.stdout)
    print traceback.tb_lineno(tb), tb.tb_lineno, tb.tb_next.tb_lineno
    print traceback.format_list(traceback.extract_tb(tb))

print traceback.format_exception_only(ValueError, ValueError('bad value'))
print traceback.format_exception_only(ValueError, ValueError())
print traceback.format_exception_only(KeyError, KeyError('k'))
print traceback.format_exception_only(ValueError, ValueError(1, 2))
print traceback.format_exception_only(ValueError, None)
print traceback.format_exception_only(ValueError, 'a string value')
print traceback.format_exception_only(TypeError, TypeError(u'unicode message'))
print traceback.format_exception_only(TypeError, TypeError(u'caf\xe9'))
class MyErr(Exception):
    pass
print traceback.format_exception_only(MyErr, MyErr('mine'))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')
print traceback.format_exception_only(BadStr, BadStr())
try:
    compile('x = (1,\n', 'fake.py', 'exec')
except SyntaxError as e:
    for line in traceback.format_exception_only(SyntaxError, e):
        print repr(line)
try:
    compile('a b', 'fake2.py', 'exec')
except SyntaxError as e:
    print ''.join(traceback.format_exception_only(type(e), e)),

# format_exc with nothing being handled
sys.exc_clear()
print repr(traceback.format_exc())
# an exception raised in a lambda and a generator
g = (1 / x for x in [1, 0])
try:
    list(g)
except ZeroDivisionError:
    print traceback.format_exc(),
f = lambda: {}['missing']
try:
    f()
except KeyError:
    traceback.print_exc(file=sys.stdout)
# print_exc writes to stderr by default
try:
    raise IndexError('to stderr')
except IndexError:
    traceback.print_exc()

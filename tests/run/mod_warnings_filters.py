# warnings filters: 'error', 'ignore', 'always', 'once', 'module', simplefilter,
# filterwarnings with message/category/lineno, resetwarnings.
import warnings, sys

def show(label):
    print label, [(f[0], f[2].__name__, f[4]) for f in warnings.filters[:3]]

warnings.simplefilter('error')
show('after simplefilter error:')
try:
    warnings.warn('now an exception')
except UserWarning as e:
    print 'UserWarning raised:', e, type(e).__name__, e.args
try:
    warnings.warn('runtime as error', RuntimeWarning)
except RuntimeWarning as e:
    print 'RuntimeWarning raised:', e
try:
    warnings.warn('deprecation as error too', DeprecationWarning)
except DeprecationWarning as e:
    print 'DeprecationWarning raised:', e
warnings.resetwarnings()
print warnings.filters
warnings.simplefilter('ignore')
warnings.warn('ignored')
print 'nothing printed for ignored'
warnings.resetwarnings()

warnings.simplefilter('always')
for i in range(2):
    warnings.warn('always shown')
warnings.resetwarnings()

warnings.filterwarnings('error', message='fatal')
warnings.warn('not fatal here? no: message must match at the start')
try:
    warnings.warn('fatal problem')
except UserWarning as e:
    print 'raised by message filter:', e
warnings.resetwarnings()

warnings.filterwarnings('error', category=RuntimeWarning)
warnings.warn('user warning passes')
try:
    warnings.warn('rt', RuntimeWarning)
except RuntimeWarning as e:
    print 'raised by category filter:', e
warnings.resetwarnings()

warnings.filterwarnings('ignore', message='(?i)IGNORE ME')
warnings.warn('ignore me please')
warnings.warn('do not ignore')
warnings.resetwarnings()

warnings.simplefilter('once')
def once():
    warnings.warn('once text')
once()
warnings.warn('once text')
warnings.warn('once other')
warnings.resetwarnings()

# filters are searched front to back; append=True puts a filter last
warnings.simplefilter('ignore')
warnings.simplefilter('error', append=True)
warnings.warn('first filter wins: ignored')
show('order:')
warnings.resetwarnings()
warnings.simplefilter('error')
warnings.simplefilter('ignore', UserWarning)
warnings.warn('inserted first: ignored')
try:
    warnings.warn('other category', RuntimeWarning)
except RuntimeWarning as e:
    print 'RuntimeWarning raised:', e
warnings.resetwarnings()

warnings.filterwarnings('error', lineno=999)
warnings.warn('lineno does not match')
warnings.resetwarnings()
warnings.filterwarnings('error', module='__main__')
try:
    warnings.warn('module matches')
except UserWarning as e:
    print 'module filter:', e
warnings.resetwarnings()

for bad in (('bogus',), ('error', 'x', 5)):
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print 'AssertionError', bad
try:
    warnings.simplefilter('nope')
except AssertionError:
    print 'AssertionError simplefilter'
warnings.simplefilter('default')
warnings.warn('default once per location')
warnings.warn('default once per location')
print 'end'

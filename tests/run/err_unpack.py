# Unpacking errors: too many values, need more than N values, non-iterables.
def t(label, src):
    try:
        ns = {}
        exec src in ns
        print label, '->', sorted((k, v) for k, v in ns.items() if k != '__builtins__')
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

t('a, b = 1, 2, 3', 'a, b = 1, 2, 3')
t('a, b = [1]', 'a, b = [1]')
t('a, b = ()', 'a, b = ()')
t('a, b, c = 1, 2', 'a, b, c = 1, 2')
t('a, b, c = "ab"', 'a, b, c = "ab"')
t('a, b = "abc"', 'a, b = "abc"')
t('a, b = 5', 'a, b = 5')
t('a, b = None', 'a, b = None')
t('a, b = 1.5', 'a, b = 1.5')
t('a, = []', 'a, = []')
t('a, = [1, 2]', 'a, = [1, 2]')
t('[a] = 1', '[a] = 1')
t('a, (b, c) = 1, 2', 'a, (b, c) = 1, 2')
t('a, (b, c) = 1, (2,)', 'a, (b, c) = 1, (2,)')
t('a, (b, c) = 1, (2, 3, 4)', 'a, (b, c) = 1, (2, 3, 4)')
t('a, b = {1: 2}', 'a, b = {1: 2}')
t('a, b = {1: 2, 3: 4}', 'a, b = {1: 2, 3: 4}')
t('a, b = iter([1])', 'a, b = iter([1])')
t('a, b = (x for x in range(3))', 'a, b = (x for x in range(3))')
t('for a, b in [(1, 2), (3,)]: pass', 'for a, b in [(1, 2), (3,)]: pass')
t('for a, b in [1]: pass', 'for a, b in [1]: pass')
t('[x for x, y in [(1, 2, 3)]]', 'r = [x for x, y in [(1, 2, 3)]]')
t('a, b = xrange(5)', 'a, b = xrange(5)')
t('a, b = set([1])', 'a, b = set([1])')
t('with open("/dev/null") as (a, b): pass', 'with open("/dev/null") as (a, b): pass')
t('a, b = b, a (unbound)', 'a, b = b, a')
t('x = y = 1, 2 then a, b, c = x', 'x = y = 1, 2\na, b, c = x')
t('a.b, c = 1, 2', 'a = 5\na.b, c = 1, 2')
t('a[0], b = 1, 2', 'a = ()\na[0], b = 1, 2')
t('def f((a, b)): pass; f(1)', 'def f((a, b)): pass\nf(1)')
t('def f((a, b)): pass; f((1, 2, 3))', 'def f((a, b)): pass\nf((1, 2, 3))')
t('lambda (a, b): 0 with [1]', 'r = (lambda (a, b): 0)([1])')
class BadIter(object):
    def __iter__(self):
        return 5
class Raises(object):
    def __iter__(self):
        raise ValueError('iter failed')
class Grows(object):
    def __iter__(self):
        i = 0
        while True:
            yield i
            i += 1
for obj, name in ((BadIter(), 'BadIter'), (Raises(), 'Raises'), (Grows(), 'Grows')):
    try:
        a, b = obj
        print name, a, b
    except Exception as e:
        print name, '->', type(e).__name__ + ':', e
class OldSeq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
try:
    a, b = OldSeq()
except ValueError as e:
    print 'OldSeq ->', e
a, b, c = OldSeq()
print a, b, c

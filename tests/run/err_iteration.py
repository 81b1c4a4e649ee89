# Iteration errors: containers changed during iteration, generator misuse,
# bad iterator protocols.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

def dict_grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t('dict grows during iteration', dict_grow)
def dict_shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
t('dict shrinks during iteration', dict_shrink)
def dict_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 'changed value'
    return sorted(d.items())
t('dict values changed during iteration', dict_same_size)
def set_grow():
    s = set([1, 2])
    for x in s:
        s.add(x + 10)
t('set grows during iteration', set_grow)
def iteritems_grow():
    d = {1: 1}
    it = d.iteritems()
    d[2] = 2
    return list(it)
t('iteritems after growth', iteritems_grow)
def list_grow():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 6:
            l.append(x * 10)
    return out
t('list grows during iteration (allowed)', list_grow)
def list_remove():
    l = [1, 2, 3, 4]
    for x in l:
        l.remove(x)
    return l
t('list remove during iteration (skips)', list_remove)

def running():
    g = gen_self()
    gens.append(g)
    return g.next()
gens = []
def gen_self():
    yield gens[0].next()
t('generator already executing', running)
def g2():
    x = yield 1
    yield x
t('send non-None to just-started generator', lambda: g2().send(5))
t('send None to just-started generator', lambda: g2().send(None))
def exhausted():
    g = g2()
    list(g)
    return g.send(1)
t('send to exhausted generator', exhausted)
t('throw non-exception', lambda: g2().throw(5))
t('throw instance with value', lambda: g2().throw(ValueError('x'), 'v'))
t('throw with bad traceback', lambda: g2().throw(ValueError, 'v', 5))
t('throw into fresh generator', lambda: g2().throw(KeyError, 'fresh'))
def throw_caught():
    def g():
        try:
            yield 1
        except ValueError as e:
            yield 'caught %s' % e
    it = g()
    it.next()
    return it.throw(ValueError('inside'))
t('throw caught by generator', throw_caught)
t('next() on generator function', lambda: next(g2))
t('g2().next(1)', lambda: g2().next(1))
def return_value_in_generator():
    src = 'def g():\n    yield 1\n    return 5\n'
    compile(src, 'gen.py', 'exec')
t("'return' with argument inside generator", return_value_in_generator)

class NoNext(object):
    def __iter__(self):
        return self
t('iter() returning object without next', lambda: list(NoNext()))
class IterNotIter(object):
    def __iter__(self):
        return [1, 2]
t('__iter__ returns a list', lambda: list(IterNotIter()))
class NextRaises(object):
    def __iter__(self):
        return self
    def next(self):
        raise KeyError('from next')
t('next raises KeyError', lambda: list(NextRaises()))
class GetitemRaises(object):
    def __getitem__(self, i):
        raise TypeError('getitem %d' % i)
t('__getitem__ iteration raising TypeError', lambda: list(GetitemRaises()))
class GetitemStop(object):
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
t('__getitem__ raising StopIteration ends iteration', lambda: list(GetitemStop()))
t('iter(callable, sentinel)', lambda: list(iter(iter([1, 2, 3, None, 4]).next, None)))
t('iter(callable, sentinel) raising', lambda: list(iter(lambda: 1 / 0, 5)))
t('enumerate(x, "a")', lambda: enumerate([], 'a'))
t('zip(*5)', lambda: zip(*5))
t('sorted(x for x in [1j, 2j])', lambda: sorted(x for x in [1j, 2j]))
def yield_in_finally_close():
    def g():
        try:
            yield 1
        finally:
            yield 2
    it = g()
    it.next()
    try:
        it.close()
    except RuntimeError as e:
        return 'RuntimeError: %s' % e
t('yield in finally during close', yield_in_finally_close)

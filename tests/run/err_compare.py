# Comparisons: 2.7's ordering of mixed types and the comparison errors.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

# mixed types compare (numbers first, then by type name); deterministic cases only
t('None < 0', lambda: None < 0)
t('None < -10**30', lambda: None < -10 ** 30)
t('0 < ""', lambda: 0 < '')
t('1.5 < []', lambda: 1.5 < [])
t('[] < ""', lambda: [] < '')
t('"" < ()', lambda: '' < ())
t('{} < []', lambda: {} < [])
t('[] < ()', lambda: [] < ())
t('() < u""', lambda: () < u'')
t('set() < []', lambda: set() < [])
t('sorted([(), [], {}, "", 0, None, 1.5, u"u", 2L])', lambda: sorted([(), [], {}, '', 0, None, 1.5, u'u', 2L]))
t('max(None, 0)', lambda: max(None, 0))
t('min("a", 1)', lambda: min('a', 1))
t('cmp(None, None)', lambda: cmp(None, None))
t('cmp([], {})', lambda: cmp([], {}))
t('cmp(1, "1")', lambda: cmp(1, '1'))
t('1 == "1"', lambda: 1 == '1')
t('1 == 1.0 == 1L', lambda: 1 == 1.0 == 1L)
t('"a" == u"a"', lambda: 'a' == u'a')
t('"\\xe9" == u"\\xe9"', lambda: '\xe9' == u'\xe9')
t('"\\xe9" < u"\\xe9"', lambda: '\xe9' < u'\xe9')
t('1j < 2j', lambda: 1j < 2j)
t('1j <= 1j', lambda: 1j <= 1j)
t('1j == 1j', lambda: 1j == 1j)
t('1j > 1', lambda: 1j > 1)
t('1j < "a"', lambda: 1j < 'a')
t('cmp(1j, 1j)', lambda: cmp(1j, 1j))
t('sorted([1j, 2j])', lambda: sorted([1j, 2j]))
t('max(1j, 2)', lambda: max(1j, 2))
t('set([1]) < set([1, 2])', lambda: set([1]) < set([1, 2]))
t('cmp(set(), set())', lambda: cmp(set(), set()))
t('set() < 1', lambda: set() < 1)
t('set() == []', lambda: set() == [])
t('[1, "a"] < [1, 2]', lambda: [1, 'a'] < [1, 2])
t('(1, None) < (1, 0)', lambda: (1, None) < (1, 0))
t('{1: 2} < {1: 3}', lambda: {1: 2} < {1: 3})
t('{1: 2} < {2: 1}', lambda: {1: 2} < {2: 1})
t('{"a": 1} < {"a": 1, "b": 0}', lambda: {'a': 1} < {'a': 1, 'b': 0})
t('cmp({1: 1}, {1: 2})', lambda: cmp({1: 1}, {1: 2}))
t('float("nan") < 1', lambda: float('nan') < 1)
t('float("nan") == float("nan")', lambda: float('nan') == float('nan'))
t('10**30 < 1e30', lambda: 10 ** 30 < 1e30)
t('10**400 > float("inf")', lambda: 10 ** 400 > float('inf'))
t('2**53 + 1 == float(2**53)', lambda: 2 ** 53 + 1 == float(2 ** 53))
t('True == 1', lambda: True == 1)
t('False < True < 2', lambda: False < True < 2)

class Cmp(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, o):
        return self.v - o.v
class BadCmp(object):
    def __cmp__(self, o):
        return 'x'
class BigCmp(object):
    def __cmp__(self, o):
        return 2 ** 70
class FloatCmp(object):
    def __cmp__(self, o):
        return 0.5
class RaisesCmp(object):
    def __cmp__(self, o):
        raise ValueError('cmp raised')
class RaisesEq(object):
    def __eq__(self, o):
        raise RuntimeError('eq raised')
class LtNotImplemented(object):
    def __lt__(self, o):
        return NotImplemented
class NonBoolEq(object):
    def __eq__(self, o):
        return [1]
class BadBoolEq(object):
    def __eq__(self, o):
        return BadNonzero()
class BadNonzero(object):
    def __nonzero__(self):
        raise ValueError('nonzero raised')
t('Cmp(1) < Cmp(2)', lambda: Cmp(1) < Cmp(2))
t('cmp(Cmp(5), Cmp(2))', lambda: cmp(Cmp(5), Cmp(2)))
t('BadCmp() < BadCmp()', lambda: BadCmp() < BadCmp())
t('cmp(BadCmp(), 1)', lambda: cmp(BadCmp(), 1))
t('cmp(BigCmp(), 1)', lambda: cmp(BigCmp(), 1))
t('BigCmp() > 1', lambda: BigCmp() > 1)
t('RaisesCmp() == 1', lambda: RaisesCmp() == 1)
t('sorted([RaisesCmp(), RaisesCmp()])', lambda: sorted([RaisesCmp(), RaisesCmp()]))
t('RaisesEq() == 1', lambda: RaisesEq() == 1)
t('RaisesEq() in [1]', lambda: RaisesEq() in [1])
t('[RaisesEq()] == [RaisesEq()]', lambda: [RaisesEq()] == [RaisesEq()])
t('[1].index(RaisesEq())', lambda: [1].index(RaisesEq()))
t('{1: 1} == {1: RaisesEq()}', lambda: {1: 1} == {1: RaisesEq()})
t('NonBoolEq() == 1', lambda: NonBoolEq() == 1)
t('NonBoolEq() in [1]', lambda: NonBoolEq() in [1])
t('BadBoolEq() in [1]', lambda: BadBoolEq() in [1])
t('if BadBoolEq() == 1', lambda: 'yes' if BadBoolEq() == 1 else 'no')
t('sorted([3, 1], cmp=lambda a, b: None)', lambda: sorted([3, 1], cmp=lambda a, b: None))
t('sorted([3, 1], cmp=lambda a, b: 1.5)', lambda: sorted([3, 1], cmp=lambda a, b: 1.5))
t('sorted([3, 1], cmp=lambda a, b: 2**70)', lambda: sorted([3, 1], cmp=lambda a, b: 2 ** 70))
t('sorted([3, 1], key=lambda x: 1/0)', lambda: sorted([3, 1], key=lambda x: 1 / 0))
t('[3, 1, 2].sort(cmp=lambda a, b: a / 0)', lambda: [3, 1, 2].sort(cmp=lambda a, b: a / 0))
def mutate_while_sorting():
    l = [3, 1, 2]
    def k(x):
        l.append(x)
        return x
    l.sort(key=k)
    return l
t('list modified during sort', mutate_while_sorting)

# IndexError, KeyError and the TypeErrors of indexing with a wrong type.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]

t('[][0]', lambda: [][0])
t('[1][1]', lambda: [1][1])
t('[1][-2]', lambda: [1][-2])
t('()[0]', lambda: ()[0])
t('(1,)[5]', lambda: (1,)[5])
t('""[0]', lambda: ''[0])
t('"abc"[3]', lambda: 'abc'[3])
t('"abc"[-4]', lambda: 'abc'[-4])
t('u"abc"[3]', lambda: u'abc'[3])
t('bytearray("a")[1]', lambda: bytearray('a')[1])
t('xrange(3)[3]', lambda: xrange(3)[3])
t('buffer("ab")[2]', lambda: buffer('ab')[2])
t('[1][2**70]', lambda: [1][2 ** 70])
t('"a"[2**70]', lambda: 'a'[2 ** 70])
t('[1]["0"]', lambda: [1]['0'])
t('[1][1.0]', lambda: [1][1.0])
t('[1][None]', lambda: [1][None])
t('(1,)["0"]', lambda: (1,)['0'])
t('"abc"["0"]', lambda: 'abc'['0'])
t('u"abc"[1.5]', lambda: u'abc'[1.5])
t('xrange(3)["a"]', lambda: xrange(3)['a'])
t('{}[[]]', lambda: {}[[]])
t('{}[{}]', lambda: {}[{}])
t('{}[1]', lambda: {}[1])
t('5[0]', lambda: 5[0])
t('None[0]', lambda: None[0])
t('len[0]', lambda: len[0])
t('set([1])[0]', lambda: set([1])[0])
t('object()[0]', lambda: object()[0])
t('[] [0] = 1', lambda: setitem([], 0, 1))
t('[1][-3] = 1', lambda: setitem([1], -3, 1))
t('[1]["a"] = 1', lambda: setitem([1], 'a', 1))
t('(1,)[0] = 1', lambda: setitem((1,), 0, 1))
t('"s"[0] = "x"', lambda: setitem('s', 0, 'x'))
t('u"s"[0] = "x"', lambda: setitem(u's', 0, 'x'))
t('5[0] = 1', lambda: setitem(5, 0, 1))
t('None[0] = 1', lambda: setitem(None, 0, 1))
t('frozenset()[0] = 1', lambda: setitem(frozenset(), 0, 1))
t('xrange(3)[0] = 1', lambda: setitem(xrange(3), 0, 1))
t('{}[[]] = 1', lambda: setitem({}, [], 1))
t('bytearray("a")[0] = 256', lambda: setitem(bytearray('a'), 0, 256))
t('bytearray("a")[0] = "xy"', lambda: setitem(bytearray('a'), 0, 'xy'))
t('bytearray("a")[5] = 1', lambda: setitem(bytearray('a'), 5, 1))
t('del [][0]', lambda: delitem([], 0))
t('del (1,)[0]', lambda: delitem((1,), 0))
t('del "s"[0]', lambda: delitem('s', 0))
t('del {}["k"]', lambda: delitem({}, 'k'))
t('del 5[0]', lambda: delitem(5, 0))
t('[].pop()', lambda: [].pop())
t('[1].pop(5)', lambda: [1].pop(5))
t('[1].pop("x")', lambda: [1].pop('x'))
t('{}.pop("k")', lambda: {}.pop('k'))
t('{}.popitem()', lambda: {}.popitem())
t('set().pop()', lambda: set().pop())
t('set().remove(1)', lambda: set().remove(1))
t('set().remove([])', lambda: set().remove([]))
t('frozenset().pop', lambda: frozenset().pop)
t('[1, 2].insert("a", 0)', lambda: [1, 2].insert('a', 0))
class Seq(object):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError('Seq index %d' % i)
        return i
t('Seq()[5]', lambda: Seq()[5])
t('list(Seq())', lambda: list(Seq()))
class Map(object):
    def __getitem__(self, k):
        raise KeyError(k)
t('Map()["x"]', lambda: Map()['x'])
class Missing(dict):
    def __missing__(self, k):
        return 'missing ' + repr(k)
t('Missing()["x"]', lambda: Missing()['x'])
t('Missing().get("x")', lambda: Missing().get('x'))
class IndexObj(object):
    def __index__(self):
        return 1
t('[10, 20][IndexObj()]', lambda: [10, 20][IndexObj()])
t('"ab"[IndexObj()]', lambda: 'ab'[IndexObj()])
class BadIndex(object):
    def __index__(self):
        return 'x'
t('[1][BadIndex()]', lambda: [1][BadIndex()])
t('[1][True]', lambda: [1, 2][True])
t('[1][2L]', lambda: [1][2L])

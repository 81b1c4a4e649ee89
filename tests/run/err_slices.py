# Slices: bad slice assignments and deletions, steps, index types.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

def assign(obj, sl, value):
    obj[sl] = value
    return obj
def delete(obj, sl):
    del obj[sl]
    return obj

t('l[::2] = [1, 2, 3] (size 2)', lambda: assign([0, 1, 2, 3], slice(None, None, 2), [7, 8, 9]))
t('l[::2] = [1] (size 2)', lambda: assign([0, 1, 2, 3], slice(None, None, 2), [1]))
t('l[::-1] = [] (size 4)', lambda: assign([0, 1, 2, 3], slice(None, None, -1), []))
t('l[::2] = "ab"', lambda: assign([0, 1, 2, 3], slice(None, None, 2), 'ab'))
t('l[::2] = 5', lambda: assign([0, 1, 2, 3], slice(None, None, 2), 5))
t('l[1:3] = 5', lambda: assign([0, 1, 2, 3], slice(1, 3), 5))
t('l[1:3] = None', lambda: assign([0, 1, 2, 3], slice(1, 3), None))
t('l[1:3] = "xyz"', lambda: assign([0, 1, 2, 3], slice(1, 3), 'xyz'))
t('l[1:3] = (x for x in "ab")', lambda: assign([0, 1, 2, 3], slice(1, 3), (x for x in 'ab')))
t('l[3:1] = [9]', lambda: assign([0, 1, 2, 3], slice(3, 1), [9]))
t('l[10:] = [9]', lambda: assign([0, 1, 2, 3], slice(10, None), [9]))
t('l[:] = l', lambda: (lambda l: assign(l, slice(None), l))([1, 2]))
t('l[::1] = [5, 6, 7]', lambda: assign([0, 1], slice(None, None, 1), [5, 6, 7]))
t('l[::0] = []', lambda: assign([0, 1], slice(None, None, 0), []))
t('l["a":] = []', lambda: assign([0, 1], slice('a', None), []))
t('l[1.5:] = []', lambda: assign([0, 1], slice(1.5, None), []))
t('del l[::2]', lambda: delete([0, 1, 2, 3, 4], slice(None, None, 2)))
t('del l[::-2]', lambda: delete([0, 1, 2, 3, 4], slice(None, None, -2)))
t('del l[::0]', lambda: delete([0, 1], slice(None, None, 0)))
t('del l[5:1]', lambda: delete([0, 1], slice(5, 1)))
t('t[1:] = [1]', lambda: assign((0, 1), slice(1, None), [1]))
t('s[1:] = "x"', lambda: assign('ab', slice(1, None), 'x'))
t('del t[1:]', lambda: delete((0, 1), slice(1, None)))
t('del s[1:]', lambda: delete('ab', slice(1, None)))
t('u[1:] = u"x"', lambda: assign(u'ab', slice(1, None), u'x'))
t('xrange(5)[1:]', lambda: xrange(5)[1:])
t('b[::2] = "xyz" (size 2)', lambda: assign(bytearray('abcd'), slice(None, None, 2), 'xyz'))
t('b[1:2] = 5', lambda: assign(bytearray('abcd'), slice(1, 2), 5))
t('b[1:2] = [300]', lambda: assign(bytearray('abcd'), slice(1, 2), [300]))
t('b[1:2] = u"x"', lambda: assign(bytearray('abcd'), slice(1, 2), u'x'))
t('d[1:2]', lambda: {}[1:2])
t('d[1:2] = 1', lambda: assign({}, slice(1, 2), 1))
t('5[1:2]', lambda: 5[1:2])
t('None[:]', lambda: None[:])
t('"abc"[::0]', lambda: 'abc'[::0])
t('"abc"["a":]', lambda: 'abc'['a':])
t('"abc"[:None]', lambda: 'abc'[:None])
t('(1, 2)[::"x"]', lambda: (1, 2)[::'x'])
t('[1, 2][1.0:]', lambda: [1, 2][1.0:])
t('slice(1, 2).indices("x")', lambda: slice(1, 2).indices('x'))
t('slice("a", "b").indices(5)', lambda: slice('a', 'b').indices(5))
t('slice(1, 2, 3, 4)', lambda: slice(1, 2, 3, 4))
t('hash(slice(1))', lambda: hash(slice(1)))
t('slice(1).start = 2', lambda: setattr(slice(1), 'start', 2))
t('"abc"[slice(1, None)]', lambda: 'abc'[slice(1, None)])
t('[0, 1, 2][-100:100:3]', lambda: [0, 1, 2][-100:100:3])
t('range(10)[::-3]', lambda: range(10)[::-3])
t('range(10)[8:2:-2]', lambda: range(10)[8:2:-2])
t('range(5)[::2**70]', lambda: range(5)[::2 ** 70])
t('range(5)[::-2**70]', lambda: range(5)[::-2 ** 70])
class OldSeq:
    def __getslice__(self, i, j):
        return ('getslice', i, j)
    def __getitem__(self, k):
        return ('getitem', k)
t('OldSeq()[1:2]', lambda: OldSeq()[1:2])
t('OldSeq()[1:]', lambda: OldSeq()[1:])
t('OldSeq()[-1:]', lambda: OldSeq()[-1:])
t('OldSeq()[::1]', lambda: OldSeq()[::1])
t('OldSeq()["a":]', lambda: OldSeq()['a':])
class NewSeq(object):
    def __getitem__(self, k):
        return k
t('NewSeq()[1:2]', lambda: NewSeq()[1:2])
t('NewSeq()[1:2, 3]', lambda: NewSeq()[1:2, 3])
t('NewSeq()[...]', lambda: NewSeq()[...])
class Idx(object):
    def __index__(self):
        return 1
t('[0, 1, 2][Idx():]', lambda: [0, 1, 2][Idx():])
t('"abc"[:Idx()]', lambda: 'abc'[:Idx()])

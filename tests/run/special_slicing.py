# Slicing hooks: __getitem__ with slice objects, __getslice__/__setslice__/__delslice__ (simple slices only),
# negative index adjustment using __len__, and __index__.
class Old(object):
    def __len__(self):
        return 10
    def __getitem__(self, k):
        return ('getitem', k)
    def __getslice__(self, i, j):
        return ('getslice', i, j)
    def __setslice__(self, i, j, v):
        print 'setslice', i, j, v
    def __delslice__(self, i, j):
        print 'delslice', i, j
    def __setitem__(self, k, v):
        print 'setitem', k, v
    def __delitem__(self, k):
        print 'delitem', k
o = Old()
print o[1:2], o[:], o[3:], o[:4], o[-2:], o[:-3], o[-20:-15], o[1:2:1], o[::2], o[1:2, 3], o[5]
import sys
print o[:][2] == sys.maxint
o[1:3] = 'ab'
o[-1:] = 'z'
o[::2] = 'step'
del o[2:4]
del o[-3:]
del o[::3]
o[0] = 'zero'
del o[0]
# without __len__, negative indices are passed through unchanged
class NoLen(object):
    def __getslice__(self, i, j):
        return (i, j)
    def __getitem__(self, k):
        return k
n = NoLen()
print n[-1:-2], n[1:], n[:]
# long and __index__ slice bounds
class I(object):
    def __index__(self):
        return 4
print o[I():], o[1L:2L], o[2 ** 70:], n[I():I()]
print o['a':'b'], o[None:3], o[1.5:2] if False else o[1:None]
# new-style class without __getslice__ gets a slice object
class Modern(object):
    def __getitem__(self, k):
        return k
m = Modern()
print m[1:2], m[-1:], m[:], m[::], m['a':'b'], m[1:2:3]
# builtin types support __getslice__ explicitly
print [1, 2, 3].__getslice__(1, 2), 'abc'.__getslice__(0, 2), (1, 2, 3).__getslice__(-100, 100)
l = [1, 2, 3, 4]
l.__setslice__(1, 3, ['x'])
print l
l.__delslice__(0, 1)
print l
# list subclass overriding __getitem__ but not __getslice__: simple slices use list.__getslice__
class MyList(list):
    def __getitem__(self, k):
        return ('MyList.getitem', k)
ml = MyList([1, 2, 3])
print ml[0], ml[0:2], ml[::2]

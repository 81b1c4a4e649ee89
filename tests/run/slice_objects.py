# slice objects: attributes, indices(), repr, comparison, hashing, use with user __getitem__.
s = slice(1, 10, 2)
print s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice('a', 'b', 'c'), slice([], ())
for sl in (slice(None), slice(2, None), slice(None, -2), slice(-100, 100), slice(None, None, -1), slice(5, 1, -2),
           slice(-1, -10, -3), slice(0, 0), slice(3, 2), slice(None, None, 3), slice(100, None, -1)):
    print sl, sl.indices(7), range(7)[sl], sl.indices(0)
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print type(e).__name__, e
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print type(e).__name__, e
try:
    slice('a').indices(5)
except TypeError as e:
    print type(e).__name__, e
try:
    slice()
except TypeError as e:
    print type(e).__name__, e
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print type(e).__name__, e
print slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), cmp(slice(1), slice(2))
try:
    hash(slice(1))
except TypeError as e:
    print type(e).__name__, e
try:
    s.start = 5
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
class Seq(object):
    def __getitem__(self, k):
        return k
    def __len__(self):
        return 10
q = Seq()
print q[1:2], q[1:2:3], q[::], q[:5], q[-3:], q[1:2, 3], q[..., 1:], q['a':'b'], q[:]
# slice with large and __index__ values
class I(object):
    def __index__(self):
        return 2
print slice(I(), I()).indices(10) if False else range(10)[I():], range(10)[slice(I(), None)], slice(0, 2 ** 70).indices(5)
print slice(-2 ** 70, 2 ** 70, 2 ** 70).indices(5)
# slicing through slice objects on builtin sequences
print 'abcdef'[slice(1, None, 2)], (1, 2, 3)[slice(None, None, -1)], [1, 2, 3][slice(1, 2)], u'xyz'[slice(-1, None)]
l = range(5)
l[slice(1, 3)] = ['a']
print l
del l[slice(None, None, 2)]
print l
print type(s).__name__, isinstance(s, slice), slice.__name__

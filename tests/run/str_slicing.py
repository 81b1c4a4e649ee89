# Indexing and slicing of str, with steps, negatives, out-of-range, slice objects, __index__.
s = '0123456789'
for i in (0, 5, 9, -1, -10):
    print i, s[i]
for args in ((None, None), (2, 5), (-3, None), (None, -3), (5, 2), (-100, 100), (3, 3), (8, 100), (100, 200), (-1, -5)):
    a, b = args
    print args, repr(s[a:b])
for step in (1, 2, 3, -1, -2, -3, 100, -100):
    print step, repr(s[::step]), repr(s[1:8:step]), repr(s[8:1:step]), repr(s[-2::step]), repr(s[:-8:step])
print repr(s[slice(2, 8, 2)]), repr(s[slice(None)]), repr(s[slice(-3, None, -1)]), repr(s[slice(5)])
print repr(s[2L:5L]), repr(s[True:]), repr(s[:2 ** 70]), repr(s[-2 ** 70:2]), repr(s[::2 ** 70])
class I(object):
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print s[I(3)], repr(s[I(1):I(4)]), repr(s[::I(-4)])
try:
    s[::0]
except ValueError as e:
    print type(e).__name__, e
for bad in ('1', 1.0, None, [1]):
    try:
        s[bad]
    except TypeError as e:
        print repr(bad), type(e).__name__, e
for bad in ('1', 1.0, [1]):
    try:
        s[bad:]
    except TypeError as e:
        print repr(bad), type(e).__name__, e
for i in (10, -11, 2 ** 70):
    try:
        s[i]
    except (IndexError, OverflowError) as e:
        print i, type(e).__name__, e
print repr(''[:]), repr(''[::-1]), repr('a'[5:]), repr('ab'[-1:]), repr(s[3:][2:][::2])
# extended slices of lists and tuples behave alike
l = list(s)
print ''.join(l[::3]), ''.join(l[9:0:-4]), tuple(s)[1::4]
# slice object methods
sl = slice(1, 10, 3)
print sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7)

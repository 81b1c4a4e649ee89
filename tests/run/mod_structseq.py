# Struct sequences: sys.version_info, sys.float_info, time.struct_time and
# os.stat_result as sequences, records and constructible types.
import sys, time, os

v = sys.version_info
print v, v[:2], v[::2], v[-1], len(v), v.major, v.releaselevel
print v == (2, 7, 18, 'final', 0), (2, 7) < v, v < (3,), hash(v) == hash(tuple(v))
print v + (1,), v * 2, 2 * v, 'final' in v, v.__reduce__()[1]
print type(v).n_fields, type(v).n_sequence_fields, type(v).n_unnamed_fields
print type(v).__name__, type(v).__module__, isinstance(v, tuple)
for f in [lambda: v['a'], lambda: v[5], lambda: v[2 ** 70], lambda: (1,) + v, lambda: v + [1],
          lambda: type(v)(), lambda: v.__getslice__(1, 3), lambda: setattr(v, 'major', 3),
          lambda: setattr(v, 'foo', 3), lambda: cmp(v, (2, 8))]:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
print sys.float_info.max, sys.float_info[0], len(sys.float_info)
print sys.long_info.bits_per_digit in (15, 30), len(sys.flags), sys.flags.optimize

st = time.struct_time
for a in [(), ((1, 2),), (range(9),), (range(9), {}), (range(9), {'x': 1}), (range(9), None),
          (range(11),), (range(10),), (5,), ('abcdefghi',), (range(9), {}, 3)]:
    try:
        print a, repr(st(*a))
    except Exception as e:
        print a, type(e).__name__, e
print st(sequence=range(9), dict={})
print st(range(9)).__reduce__()[1]
print repr(st(('x' * 480,) + tuple(range(8))))
print len(repr(st(('x' * 400,) + tuple(range(8)))))

sr = os.stat_result
for a in [(range(10),), (range(12),), (range(13),), (range(16),), (range(17),), (range(9),),
          (range(13), {'st_blksize': 5, 'zz': 1})]:
    try:
        x = sr(*a)
        print a, repr(x), x.st_atime, x.st_mtime, x.st_ctime, x.st_blksize, x.st_rdev, sorted(x.__reduce__()[1][1].items())
    except Exception as e:
        print a, type(e).__name__, e
print sr.n_fields, sr.n_sequence_fields, sr.n_unnamed_fields
s = os.stat('.')
print len(s), s[7] == int(s.st_atime), type(s.st_atime).__name__, s.st_mode == s[0]
print sorted(n for n in dir(s) if n.startswith('st_'))

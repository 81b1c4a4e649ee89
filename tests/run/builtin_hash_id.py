# hash() and id(): values of hash for builtins, identity via id comparisons only.
print hash(42), hash(-1), hash(0L), hash(2 ** 64 + 5), hash(1.5), hash('abc') == hash('abc'), hash((1, 'a')) == hash((1, 'a'))
print hash(None) == hash(None), hash(int) == hash(int), hash(len) == hash(len)
for bad in ([], {}, set(), bytearray(), [[]]):
    try:
        hash(bad)
    except TypeError as e:
        print type(e).__name__, e
try:
    hash()
except TypeError as e:
    print type(e).__name__, e
try:
    hash(1, 2)
except TypeError as e:
    print type(e).__name__, e
a = []
b = a
c = []
print id(a) == id(b), id(a) == id(c), type(id(a)).__name__ in ('int', 'long'), id(None) == id(None)
x = object()
print id(x) == id(x), id(len) == id(len), id(x) == id(object())
# ids of live distinct objects differ
objs = [object() for _ in range(50)]
print len(set(id(o) for o in objs)) == 50
try:
    id()
except TypeError as e:
    print type(e).__name__, e
# objects hashing by identity are consistent with ==
class Plain(object):
    pass
p = Plain()
d = {p: 'value'}
print d[p], hash(p) == hash(p), p in d, Plain() in d

# __hash__ rules in Python 2.7: inheritance, __eq__ without __hash__, __hash__ = None, bad return values.
class Default(object):
    pass
d1 = Default()
print hash(d1) == hash(d1), type(hash(d1)).__name__, Default.__hash__ is object.__hash__
class EqOnly(object):
    def __eq__(self, o):
        return True
e = EqOnly()
print hash(e) == hash(e), {e: 1}[e], EqOnly.__hash__ is object.__hash__
class CmpOnly(object):
    def __cmp__(self, o):
        return 0
print hash(CmpOnly()) is not None
class NoHash(object):
    __hash__ = None
try:
    hash(NoHash())
except TypeError as ex:
    print type(ex).__name__, ex
try:
    {NoHash(): 1}
except TypeError as ex:
    print type(ex).__name__, ex
try:
    set([NoHash()])
except TypeError as ex:
    print type(ex).__name__, ex
class InheritsNoHash(NoHash):
    pass
try:
    hash(InheritsNoHash())
except TypeError as ex:
    print type(ex).__name__, ex
class RestoresHash(NoHash):
    def __hash__(self):
        return 7
print hash(RestoresHash())
# list subclasses stay unhashable unless __hash__ is defined
class HL(list):
    pass
try:
    hash(HL())
except TypeError as ex:
    print type(ex).__name__, ex
class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))
print hash(HashableList([1, 2])) == hash((1, 2)), {HashableList([1]): 'ok'}.values()
# __hash__ return values
class H(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in (0, -1, 5, 2 ** 64, -(2 ** 64), 2 ** 63 - 1, 2 ** 63, True):
    print repr(v), hash(H(v))
for v in ('str', 1.5, None, [1]):
    try:
        hash(H(v))
    except TypeError as ex:
        print repr(v), type(ex).__name__, ex
# builtin hashes
print hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 62), hash(2 ** 63), hash(2 ** 64), hash(-(2 ** 63))
print hash(1.0), hash(1.5), hash(-1.0), hash(0.0), hash(-0.0), hash(1e300), hash(True), hash(False), hash(None) == hash(None)
print hash(1j), hash(1 + 2j), hash(complex(1, 0)) == hash(1), hash(0.5 + 0j) == hash(0.5)
print hash(''), hash('a'), hash('ab'), hash(u'ab') == hash('ab'), hash(u'\xe9') == hash(u'\xe9'), hash(('a', 1))
print hash(frozenset([1, 2, 3])), hash(frozenset()), hash(()), hash((None,)) == hash((None,))
# equal numbers hash equal
for a, b in ((1, 1.0), (1, 1L), (2 ** 70, float(2 ** 70)), (0, -0.0), (True, 1), (-1, -1.0)):
    print a, b, hash(a) == hash(b)
# dict lookup uses hash then eq
class Key(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print 'hash', self.v
        return hash(self.v)
    def __eq__(self, o):
        print 'eq', self.v, o.v
        return self.v == o.v
d = {Key(1): 'one'}
print d[Key(1)]
print Key(2) in d

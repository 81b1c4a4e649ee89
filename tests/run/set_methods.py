# set and frozenset methods.
s = set([1, 2, 3])
s.add(4)
s.add(2)
print s
s.discard(10)
s.discard(1)
print s
s.remove(2)
try:
    s.remove(2)
except KeyError as e:
    print type(e).__name__, e
try:
    s.remove([1])
except TypeError as e:
    print type(e).__name__, e
print s.pop() in (3, 4), len(s)
e = set()
try:
    e.pop()
except KeyError as ex:
    print type(ex).__name__, ex
a = set('abcd')
b = set('cdef')
print sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b))
print sorted(a.union('xy', ['z'])), sorted(a.intersection('abz', 'ab')), sorted(a.difference('a', 'b')), sorted(a.union())
print a.issubset('abcdefg'), a.issuperset('ab'), a.isdisjoint('xyz'), a.isdisjoint(b), set().issubset([]), a.issubset(a)
c = a.copy()
c.update('xy', ['z'])
print sorted(c), sorted(a)
c.intersection_update('abxz', 'axz')
print sorted(c)
c = set('abcdef')
c.difference_update('ab', 'c')
print sorted(c)
c.symmetric_difference_update('dz')
print sorted(c)
c.clear()
print c, len(c)
f = frozenset('hello')
print sorted(f), type(f.union('x')).__name__, type(f.copy()).__name__, f.copy() is f if False else 'skip', len(f)
print sorted(f.intersection('lol')), f.issubset('helo'), f.isdisjoint('xyz')
try:
    f.add('x')
except AttributeError as ex:
    print type(ex).__name__, ex
print hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset('ab'))
try:
    hash(set())
except TypeError as ex:
    print type(ex).__name__, ex
# sets of sets need frozenset
ss = set([frozenset([1]), frozenset([1]), frozenset([2])])
print len(ss), frozenset([1]) in ss, set([1]) in ss
try:
    set([set([1])])
except TypeError as ex:
    print type(ex).__name__, ex
ss.discard(set([2]))
print len(ss)
# constructors
print set(), set([]), set('aab'), set((1, 2, 1)), set({'k': 1}), set(xrange(3)), frozenset(), frozenset(frozenset('ab'))
for bad in (5, [[1]], None):
    try:
        set(bad)
    except TypeError as ex:
        print repr(bad), type(ex).__name__, ex
try:
    set(1, 2)
except TypeError as ex:
    print type(ex).__name__, ex
# method argument errors
for call in ('s.add()', 's.add([])', 's.union(5)', 's.issubset(5)', 's.update(5)', 's.discard({})', 'a.isdisjoint(1)',
             'set.union()', 's.copy(1)'):
    try:
        eval(call)
    except TypeError as ex:
        print call, type(ex).__name__, ex
# set subclass
class MySet(set):
    pass
m = MySet([1, 2])
print type(m).__name__, type(m | set([3])).__name__, type(m.union([3])).__name__, type(m.copy()).__name__, m == set([1, 2])
print repr(MySet('a')), repr(frozenset()), repr(set()), repr(set([(1, 2)]))
class MyFS(frozenset):
    pass
print repr(MyFS('ab')), type(MyFS('a') & frozenset('a')).__name__

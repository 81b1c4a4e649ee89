# collections.Counter: counting, most_common, elements, arithmetic.
from collections import Counter

c = Counter('abracadabra')
print c
print c['a'], c['z'], 'z' in c
print c.most_common(), c.most_common(2), c.most_common(0)
print sorted(c.elements())
print list(Counter(a=2, b=0, c=-1).elements())
print Counter(), Counter([]), Counter({'x': 3}), Counter(x=1, y=2)
print Counter(['a', 'b', 'a', 1, 1, 1])
c2 = Counter('aab')
c2.update('abc')
print c2
c2.update({'a': 10})
print c2
c2.update(a=-20)
print c2
c2.subtract('bbb')
print c2
c2.subtract({'c': 1}, )
print c2
c3 = Counter(a=3, b=1)
c4 = Counter(a=1, b=2)
print c3 + c4
print c3 - c4
print c4 - c3
print c3 | c4
print c3 & c4
print Counter(a=-1) + Counter(), Counter(a=0) | Counter()
del c3['a']
print c3
del c3['nothere']
print c3, len(c3)
print sum(Counter('hello').values()), sorted(Counter('hello'))
print Counter('aaabbc').most_common(1)[0]
print Counter('zzzyyx').most_common()
print isinstance(c, dict), c.copy() == c, type(c.copy()).__name__
print Counter(a=1) == Counter(a=1), Counter(a=1) == {'a': 1}, Counter() == {}
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print 'NotImplementedError:', e
try:
    Counter('a', 'b')
except TypeError as e:
    print 'TypeError:', e
try:
    Counter(5)
except TypeError as e:
    print 'TypeError:', e
x = Counter()
x['new'] += 1
x['neg'] -= 2
print x
print repr(Counter(b=1, a=1))
print Counter(dict(b=2, a=2, c=1)).most_common()
words = 'one two three two three three'.split()
cnt = Counter(words)
print [w for w, n in cnt.most_common()]
print cnt + Counter(four=4)
import copy
cc = copy.deepcopy(cnt)
print cc == cnt, type(cc).__name__
class Sub(Counter):
    pass
print Sub('aa'), type(Sub('a') + Sub('b')).__name__

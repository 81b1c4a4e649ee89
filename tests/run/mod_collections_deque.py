# collections.deque: both ends, maxlen, rotate, extendleft, and the rest.
from collections import deque

d = deque()
print d, len(d), bool(d)
d = deque('abc')
print d, repr(d), str(d)
d.append('d')
d.appendleft('z')
print d, d[0], d[-1], d[2]
print d.pop(), d.popleft(), d
d.extend('xy')
d.extendleft('12')
print d
d.rotate(2)
print d
d.rotate(-3)
print d
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print d
e = deque(range(5))
e.rotate(-7)
print e
print d.count('a'), d.count('nope')
d.remove('a')
print d
try:
    d.remove('nope')
except ValueError as ex:
    print 'ValueError:', ex
d.reverse()
print d
d[0] = 'first'
del d[1]
print d, 'x' in d, 'q' in d
print list(reversed(d)), list(d)
d.clear()
print d
try:
    d.pop()
except IndexError as ex:
    print 'IndexError:', ex
try:
    d.popleft()
except IndexError as ex:
    print 'IndexError:', ex
try:
    d[0]
except IndexError as ex:
    print 'IndexError:', ex

m = deque(maxlen=3)
print m, m.maxlen
for i in range(6):
    m.append(i)
    print m
m.appendleft('L')
print m
m.extend('abcd')
print m
m.extendleft('XY')
print m
print deque(range(10), 4), deque('ab', 5).maxlen, deque().maxlen
z = deque('abc', 0)
z.append(1)
print z
try:
    deque('a', -1)
except ValueError as ex:
    print 'ValueError:', ex
try:
    deque('a', 'x')
except TypeError as ex:
    print 'TypeError:', ex
try:
    m.maxlen = 5
except AttributeError as ex:
    print 'AttributeError:', ex

a = deque([1, 2, 3])
b = deque([1, 2, 3])
print a == b, a == [1, 2, 3], a < deque([1, 2, 4]), a != deque([1, 2])
try:
    print a + b
except TypeError as ex:
    print 'TypeError:', ex
a += [4]
print a
c = deque([[1], [2]])
import copy
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c[0].append('x')
print c2, c3
print deque(xrange(3)), deque(x * 2 for x in 'ab'), deque(iter({'k': 1}))
try:
    hash(deque())
except TypeError as ex:
    print 'TypeError:', ex
try:
    a[10]
except IndexError as ex:
    print 'IndexError:', ex
try:
    a['x']
except TypeError as ex:
    print 'TypeError:', ex
mut = deque([1, 2, 3])
try:
    for x in mut:
        mut.append(x)
except RuntimeError as ex:
    print 'RuntimeError:', ex
big = deque(range(100))
big.rotate(37)
print big[0], big[99], big[50], sum(big)
class MyDeque(deque):
    pass
md = MyDeque('ab', 4)
print md, type(md).__name__, md.maxlen

# operator on buffers, deques and defaultdicts.
import operator as op
from collections import deque, defaultdict
for x in [buffer('a'), deque(), defaultdict()]:
    print op.isMappingType(x), op.isSequenceType(x), op.isNumberType(x)
print op.concat(buffer('ab'), 'c'), op.repeat(buffer('ab'), 2), op.getslice(buffer('abcd'), 1, -1)
print op.getslice(deque('abc'), 0, 1) if False else 'skip'
try:
    op.getslice(deque('abc'), 0, 1)
except TypeError as e:
    print e
try:
    op.delslice(buffer('abc'), 0, 1)
except TypeError as e:
    print e
print op.indexOf(deque('abc'), 'c'), op.countOf(deque('aab'), 'a'), op.contains(deque('ab'), 'b')
d = deque('abc')
op.setitem(d, 0, 'z'); op.delitem(d, 1); print d
for f in [lambda: op.getslice(xrange(5), 0, 2), lambda: op.setslice(deque('ab'), 0, 1, 'x'), lambda: op.delslice(deque('ab'), 0, 1), lambda: op.delslice(xrange(3), 0, 1)]:
    try:
        print f()
    except TypeError as e:
        print e

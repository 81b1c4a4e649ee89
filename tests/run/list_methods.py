# list methods: append, extend, insert, remove, pop, index, count, reverse, sort.
l = []
l.append(1)
l.append([2])
l.append(l is None)
print l
l.extend([3, 4])
l.extend('ab')
l.extend((5,))
l.extend(x * 2 for x in range(2))
l.extend({})
print l
l2 = [1, 2]
l2.extend(l2)
print l2
l = ['a', 'b', 'c']
l.insert(0, 'start')
l.insert(100, 'end')
l.insert(-1, 'before end')
l.insert(-100, 'very start')
l.insert(2L, 'long idx')
print l
print l.pop(), l.pop(0), l.pop(-2), l.pop(1), l
for args in ((), (10,), (-10,)):
    try:
        [].pop(*args) if not args else ['x'].pop(*args)
    except IndexError as e:
        print args, type(e).__name__, e
try:
    [1].pop('0')
except TypeError as e:
    print type(e).__name__, e
l = [1, 2, 3, 2, 1]
l.remove(2)
print l
try:
    l.remove(99)
except ValueError as e:
    print type(e).__name__, e
print l.index(1), l.index(1, 1), l.index(2, -3), l.index(3, 0, 3), l.count(1), l.count(9), [[1]].count([1])
for args in ((99,), (1, 1, 2), (3, 3), (1, 'a')):
    try:
        l.index(*args)
    except (ValueError, TypeError) as e:
        print args, type(e).__name__, e
print [1, 1.0, 1L, True].count(1), [float('nan')].count(float('nan'))
nan = float('nan')
print [nan].count(nan), nan in [nan], [nan].index(nan)
l = [3, 1, 2]
r = l.reverse()
print r, l
r = l.sort()
print r, l
# sort variants
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print sorted(words), sorted(words, key=str.lower), sorted(words, reverse=True), sorted(words, key=len)
print sorted(words, cmp=lambda a, b: cmp(len(a), len(b)) or cmp(a, b))
print sorted(words, key=str.lower, reverse=True)
# stability
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (1, 'c')]
print sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True)
l = [5, 3, 8, 1]
l.sort(None, None, True)
print l
l.sort(key=lambda x: -x)
print l
l.sort(cmp=lambda a, b: b - a)
print l
try:
    l.sort(key=5)
except TypeError as e:
    print type(e).__name__, e
try:
    l.sort(cmp=lambda a, b: 'x')
except TypeError as e:
    print type(e).__name__, e
try:
    [1, 2].sort(bogus=1)
except TypeError as e:
    print type(e).__name__, e
# mutation during sort
l = [3, 2, 1]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print type(e).__name__, e
print l
# mixed types sort in Python 2
print sorted([3, 'a', None, 2.5, (1,), [1], u'b', 1L])
# errors for wrong argument counts
for call in ('[].append()', '[].append(1, 2)', '[].extend(1)', '[].extend()', '[].insert(1)', '[].insert("a", 1)',
             '[].remove()', '[].count()', '[].reverse(1)', '[].index()'):
    try:
        eval(call)
    except TypeError as e:
        print call, type(e).__name__, e

# if/elif/else, while/else, for/else, break, continue, pass, nested loops.
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'

for n in (-5, 0, 3, 10, 100):
    print n, classify(n)

# truthiness of various values in if
for v in (0, 1, 0L, 0.0, -0.0, 0j, '', 'a', u'', [], [0], (), {}, {0: 0}, None, set(), frozenset([1])):
    if v:
        print repr(v), 'true'
    else:
        print repr(v), 'false'

# while/else: else runs when the condition becomes false
i = 0
while i < 3:
    print 'while', i
    i += 1
else:
    print 'while else ran, i =', i

# while/else skipped by break
i = 0
while True:
    if i == 2:
        break
    i += 1
else:
    print 'not printed'
print 'after break i =', i

# for/else
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print 'for else ran'

for x in [1, 5, 3]:
    if x == 5:
        print 'found 5'
        break
else:
    print 'not printed'

# for over empty runs else
for x in []:
    print 'never'
else:
    print 'empty for else'

# continue
out = []
for x in range(10):
    if x % 3 == 0:
        continue
    out.append(x)
print out

# continue in while
i = 0
res = []
while i < 10:
    i += 1
    if i % 2:
        continue
    res.append(i)
print res

# nested loops with break out of inner only
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print (a, b),
    print
print

# loop variable persists after the loop
for k in range(4):
    pass
print 'k after loop', k

# for with tuple targets
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print a, b, c

# for with attribute and subscript targets
class O(object):
    pass
o = O()
d = {}
for o.attr in 'xyz':
    pass
print o.attr
for d['k'] in range(3):
    pass
print d

lst = [0, 0, 0]
for i, lst[i] in enumerate('abc'):
    pass
print lst

# modifying a list while iterating
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
    print 'saw', x
print l

# while with complex condition and pass
n = 0
while n < 5 and n != 3:
    n += 1
    pass
print 'n', n

# if with comparison chain and not
x = 5
if not 1 < x < 3:
    print 'not in (1,3)'
if 1 < x <= 5 != 6:
    print 'chain ok'

# conditional expression
for v in (0, 1, 2):
    print 'even' if v % 2 == 0 else 'odd'
print (1 if True else 2), (1 if False else 2)
print 'a' if 0 else 'b' if 0 else 'c'

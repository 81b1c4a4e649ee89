# List comprehensions, generator expressions, set/dict comprehensions.
print [x * 2 for x in range(5)]
print [x for x in range(10) if x % 2 if x > 3]
print [(x, y) for x in range(3) for y in range(x)]
print [(x, y) for x in range(3) if x for y in 'ab' if y != 'a']
print [[y for y in range(x)] for x in range(4)]
print [x for x in []]
print [c.upper() for c in 'hello']
print [i for i in xrange(3)], [k for k in {'a': 1}]

# list comp variable leaks, overwriting enclosing name
x = 'before'
[x for x in (1, 2, 3)]
print x

# list comp of tuples needs parens
print [(a, b) for a, b in [(1, 2), (3, 4)]]
print [a + b for (a, b) in zip('abc', 'xyz')]

# generator expressions
g = (x * x for x in range(5))
print type(g).__name__, list(g), list(g)
print sum(x for x in range(101))
print max(len(w) for w in 'the quick brown fox'.split())
print list(x for x in range(3) for y in range(2))
print tuple(c for c in 'abc' if c != 'b')
print sorted((y for y in [3, 1, 2]), reverse=True)

# genexp first iterable evaluated eagerly, rest lazily
def src():
    print 'src called'
    return [1, 2]
ge = (x for x in src())
print 'created'
print list(ge)

try:
    (x for x in 5)
except TypeError as e:
    print type(e).__name__, e

ge2 = (x for x in [1] for y in 5)
try:
    list(ge2)
except TypeError as e:
    print 'lazy', type(e).__name__, e

# genexp scope: class body variable not visible inside except first iterable
class C(object):
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    gen_first = list(i for i in items)
    try:
        bad = list(i for i in range(2) if i in items)
    except NameError as e:
        err = str(e)
print C.doubled, C.gen_first, C.err

# set and dict comprehensions
print {x % 3 for x in range(10)}
print {x: x * x for x in range(5)}
print {k: v for k, v in zip('abc', range(3)) if v}
print {c for c in 'mississippi'}
print sorted({w.lower() for w in 'A a B b c'.split()})

# dict comp variable does not leak
{dk: 1 for dk in range(2)}
try:
    dk
except NameError as e:
    print type(e).__name__, e

# nested comprehension referencing outer variable
n = 3
print [[n * i + j for j in range(n)] for i in range(n)]

# conditional expression inside comprehension
print ['even' if i % 2 == 0 else 'odd' for i in range(4)]

# comprehension with side effects and order of evaluation
log = []
def f(v):
    log.append(v)
    return v
res = [f(a) + f(b) for a in (1, 2) for b in (10, 20)]
print res, log

# lambda in comprehension
fs = [lambda: i for i in range(3)]
print [f() for f in fs]
fs = [lambda i=i: i for i in range(3)]
print [f() for f in fs]

# generator expression as the only argument without extra parens
print ''.join(str(i) for i in range(5))
try:
    eval('sum(x for x in range(3), 1)')
except SyntaxError as e:
    print type(e).__name__, e.msg

# genexp on a dict that changes size
d = {1: 1}
try:
    for k in (k for k in d):
        d[k + 1] = 1
except RuntimeError as e:
    print type(e).__name__, e

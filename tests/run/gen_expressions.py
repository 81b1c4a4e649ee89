# Generator expressions: scoping, laziness, first iterable evaluated eagerly, nested genexps, errors.
x = 'outer x'
g = (x for x in range(3))
print list(g), x
data = [1, 2, 3]
g = (d * 2 for d in data)
data.append(4)
print list(g)
data = [10]
g = (d for d in data)
data = [20]
print list(g)
# the first iterable is evaluated when the genexp is created; later ones lazily
def it(name, seq):
    print 'iter', name
    return iter(seq)
g = (a + b for a in it('outer', 'ab') for b in it('inner', 'xy'))
print 'created'
print list(g)
# conditions and nested loops
print list((i, j) for i in range(4) if i % 2 for j in range(i) if j)
print sum(i * i for i in xrange(10) if i % 3 == 0)
# genexp over a genexp
evens = (n for n in range(10) if n % 2 == 0)
sq = (n * n for n in evens)
print list(sq), list(evens)
# genexp type and attributes
ge = (i for i in [])
print type(ge).__name__, ge.__name__, hasattr(ge, 'send'), hasattr(ge, 'throw'), iter(ge) is ge
# send on a genexp
ge2 = (i for i in range(3))
print ge2.send(None), ge2.send('ignored')
# exceptions inside genexps propagate when consumed
g = (1 / n for n in (1, 0, 2))
print next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print type(e).__name__, e
print list(g)
# genexp in function arguments
print sorted((c for c in 'hello'), reverse=True), max((len(w), w) for w in 'a bb ccc'.split())
print dict((k, v) for k, v in zip('abc', range(3))), tuple(n for n in range(3)), list(x for x in 'ab')
# name resolution inside a class body
class C(object):
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    try:
        scaled = list(v * factor for v in vals)
    except NameError as e:
        err = str(e)
    factor = 2
print C.total, C.err
# genexp closing over a loop variable
gens = []
for i in range(3):
    gens.append(x * i for x in range(3))
print [list(g) for g in gens]

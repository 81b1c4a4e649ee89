# lambda and assignment / unpacking forms.
f = lambda: 'no args'
g = lambda x, y=2, *a, **k: (x, y, a, sorted(k.items()))
print f(), g(1), g(1, 3, 4, 5, z=6)
print (lambda x: x * 2)(21)
print f.__name__, f.func_name
print map(lambda (a, b): a + b, [(1, 2), (3, 4)])
h = lambda: (yield 1)
print list(h())
# nested lambdas and closures
adder = lambda n: lambda x: x + n
print adder(3)(4)
print (lambda *args: args)(), (lambda **kw: kw)()
print sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s))

# tuple parameters in def
def tp(a, (b, c), d=(1, 2)):
    return a, b, c, d
print tp(1, (2, 3)), tp(1, [4, 5], 6)
try:
    tp(1, (2, 3, 4))
except ValueError as e:
    print type(e).__name__, e

# unpacking
a, b = 1, 2
print a, b
a, b = b, a
print a, b
(a, b), c = (1, 2), 3
print a, b, c
[x, y] = 'xy'
print x, y
x, = [5]
print x
a, (b, [c, d]) = 1, (2, (3, 4))
print a, b, c, d
i, j = xrange(2)
print i, j
k, v = {'only': 1}.items()[0]
print k, v
first, second = iter([10, 20])
print first, second
u1, u2 = u'ab'
print repr(u1), repr(u2)

# chained assignment
p = q = r = []
p.append(1)
print q, r, p is r
a = b = 5
a += 1
print a, b

# unpacking errors
for src in ('a, b = 1, 2, 3', 'a, b = [1]', 'a, b = 1', 'a, b = "abc"', 'a, = ()', 'a, b = None'):
    try:
        exec src
    except (ValueError, TypeError) as e:
        print src, '->', type(e).__name__, e

# evaluation order: RHS first, then targets left to right
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, 'x'
print idx, lst

class Rec(object):
    def __setattr__(self, n, v):
        print 'set', n, v
        object.__setattr__(self, n, v)
r = Rec()
r.a, r.b = 1, 2

# swap via list slots
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print l

# unpacking a generator that yields too many
def gen3():
    for i in range(3):
        print 'yield', i
        yield i
try:
    a, b = gen3()
except ValueError as e:
    print type(e).__name__, e

# augmented assignment
n = 10
n += 5; print n
n -= 3; print n
n *= 2; print n
n /= 5; print n
n %= 3; print n
n **= 3; print n
n <<= 2; print n
n >>= 1; print n
n |= 1; print n
n &= 6; print n
n ^= 15; print n
n //= 2; print n
s = 'ab'
s += 'cd'
s *= 2
print s
lst = [1]
alias = lst
lst += [2]
print alias, lst is alias
t = (1,)
talias = t
t += (2,)
print talias, t
lst2 = [1]
lst2 *= 3
print lst2
d = {'k': 1}
d['k'] += 10
print d
class A(object):
    pass
o = A()
o.v = 1
o.v += 1
print o.v
try:
    undefined_aug += 1
except NameError as e:
    print type(e).__name__, e
# augmented assign to tuple element in list: TypeError but list item mutates
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print type(e).__name__, e
print tl

# map, filter, reduce, including None functions, multiple sequences, return types and errors.
print map(str, [1, 2, 3]), map(lambda x: x * x, range(5)), map(len, ['a', 'bb', '']), map(int, '123')
print map(lambda a, b: a + b, [1, 2], [10, 20]), map(pow, [2, 3], [3, 2], [5, 5]), map(None, 'abc')
print map(None, [1, 2], 'abc'), map(lambda *a: a, [1], [2, 3]), map(str.upper, 'ab'), map(abs, xrange(-2, 2))
print type(map(str, 'a')).__name__, map(str, {}), map(str, {'k': 1}), map(lambda x: x, iter([1, 2]))
for args in ((), (str,), (str, 5), (5, [1]), (lambda a: a, [1], [2])):
    try:
        r = map(*args)
        print 'map', len(args), 'ok', r
    except TypeError as e:
        print 'map', len(args), type(e).__name__, e
print filter(None, [0, 1, '', 'a', None, [], [0], 0.0]), filter(lambda x: x % 2, range(10)), filter(str.isalpha, 'a1b2c3')
print repr(filter(None, 'a b')), repr(filter(lambda c: c != 'l', 'hello')), filter(None, (0, 1, 2)), type(filter(None, (1,))).__name__
print repr(filter(None, u'x y')), filter(lambda x: x, xrange(3)), filter(None, set([0, 1])), filter(None, {0: 1, 2: 3})
class MyStr(str):
    pass
class MyTuple(tuple):
    pass
print type(filter(None, MyStr('ab'))).__name__, type(filter(None, MyTuple((1,)))).__name__, type(filter(None, [1])).__name__
for args in ((None,), (None, 5), (5, [1]), ()):
    try:
        filter(*args)
    except TypeError as e:
        print 'filter', args, type(e).__name__, e
print reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2])
print reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['only']), reduce(lambda a, b: b + a, 'abc', '')
print reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(lambda a, b: a, xrange(5))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print type(e).__name__, e
for args in ((), (len,), (len, 5), (5, [1, 2])):
    try:
        reduce(*args)
    except TypeError as e:
        print 'reduce', args[1:], type(e).__name__, e
# functions receiving errors propagate
def boom(x):
    if x == 2:
        raise ValueError('boom at 2')
    return x
for fn in (map, filter):
    try:
        fn(boom, [1, 2, 3])
    except ValueError as e:
        print fn.__name__, type(e).__name__, e

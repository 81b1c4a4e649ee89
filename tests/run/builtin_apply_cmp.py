# apply(), cmp(), coerce(), intern(), basestring.
def f(*a, **k):
    return a, sorted(k.items())
print apply(f), apply(f, (1, 2)), apply(f, [3], {'x': 4}), apply(f, (), {'y': 5}), apply(len, ('abc',))
print apply(max, [1, 5, 3]), apply(lambda: 'no args'), apply(dict, (), {'a': 1})
for args in ((f, 5), (f, (), 5), (5,), (), (f, (), {}, 1)):
    try:
        apply(*args)
    except TypeError as e:
        print type(e).__name__, e
print cmp(1, 2), cmp(2, 1), cmp(1, 1), cmp('a', 'b'), cmp([1], [1, 0]), cmp((2,), (1, 9)), cmp(None, None), cmp(1.5, 1)
print cmp(1, 1L), cmp(2 ** 100, 2 ** 100 - 1), cmp(u'a', 'a'), cmp(-0.0, 0.0), cmp(float('inf'), 10 ** 400)
print cmp([1, 'a'], [1, 'b']), cmp({}, {}), cmp(True, False), type(cmp(1, 2)).__name__
try:
    cmp(1)
except TypeError as e:
    print type(e).__name__, e
try:
    cmp(1j, 2j)
except TypeError as e:
    print type(e).__name__, e
print coerce(1, 2), coerce(1, 2L), coerce(1, 2.0), coerce(1L, 1.5), coerce(2, 3j), coerce(1.5, 2)
for args in ((1, 'x'), ('a', 'b'), (None, 1), ([], [])):
    try:
        coerce(*args)
    except TypeError as e:
        print args, type(e).__name__, e
s = intern('some interned string')
print s, intern(s) is s, type(intern('x')).__name__
for bad in (5, u'uni'):
    try:
        intern(bad)
    except TypeError as e:
        print repr(bad), type(e).__name__, e
class MyStr(str):
    pass
try:
    intern(MyStr('x'))
except TypeError as e:
    print type(e).__name__, e
print isinstance('', basestring), isinstance(u'', basestring), isinstance(1, basestring), issubclass(str, basestring)
print basestring, basestring.__name__, basestring.__bases__
try:
    basestring('x')
except TypeError as e:
    print type(e).__name__, e

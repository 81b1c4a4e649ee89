# Function arguments: defaults, *args, **kwargs, keyword passing, argument errors with CPython's messages.
def f(a, b=2, *args, **kw):
    return a, b, args, sorted(kw.items())
print f(1), f(1, 3), f(1, 3, 4, 5), f(a=1), f(1, b=5), f(b=5, a=1), f(1, 2, 3, x=4), f(*[1, 2, 3]), f(**{'a': 9, 'z': 0})
print f(1, *(2, 3), **{'k': 'v'}), f(*(), **{'a': 0}), f(1, c=3), f(*'ab')
def g(a, b):
    return a, b
def h():
    return 'h'
def k(a, b=1, c=2):
    return a, b, c
def only_kw(**kw):
    return sorted(kw)
def only_var(*a):
    return a
calls = ["g()", "g(1)", "g(1, 2, 3)", "g(1, a=1)", "g(1, c=2)", "g(b=1)", "h(1)", "h(x=1)", "k()", "k(1, 2, 3, 4)",
         "k(1, d=4)", "k(c=1)", "k(1, 2, b=3)", "only_kw(1)", "only_var(a=1)", "g(*5)", "g(**5)", "g(*[1], **{'a': 2})",
         "g(**{1: 2})", "f(1, **{'a': 2})", "g(*None)", "g(1, *[2], **{})", "k(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})",
         "g(a=1, b=2)", "(lambda: 0)(1)", "(lambda x, y=1: 0)()", "(lambda *a: a)(1, 2)", "(lambda **k: k)(1)"]
for c in calls:
    try:
        r = eval(c)
        print c, '->', r
    except TypeError as e:
        print c, '!!', e
# duplicate keyword in call is a SyntaxError
try:
    compile('g(a=1, a=2)', '<s>', 'eval')
except SyntaxError as e:
    print type(e).__name__, e.msg
# keyword argument after *args and before
print f(1, *[2], c=3), f(1, c=3, *[2])
# mutable default is shared between calls
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print append_to(1), append_to(2), append_to(3, []), append_to(4)
# default evaluated at definition time
val = 'early'
def dflt(x=val):
    return x
val = 'late'
print dflt()
# func_defaults can be replaced
def fd(a, b=1, c=2):
    return a, b, c
print fd.func_defaults, fd.__defaults__
fd.func_defaults = (10, 20)
print fd(0)
fd.func_defaults = None
try:
    fd(0)
except TypeError as e:
    print type(e).__name__, e
try:
    fd.func_defaults = 5
except TypeError as e:
    print type(e).__name__, e
# tuple parameters
def tp(a, (b, c)=(1, 2), *rest):
    return a, b, c, rest
print tp(0), tp(0, (5, 6)), tp(0, 'xy', 9)
try:
    tp(0, 5)
except TypeError as e:
    print type(e).__name__, e
# kwargs dict is a fresh dict; args a tuple
def show(*a, **k):
    k['added'] = 1
    return type(a).__name__, type(k).__name__
d = {'x': 1}
print show(**d), d
# unicode keyword names
def uk(**kw):
    return kw.keys()
print uk(**{u'name': 1}), type(uk(**{u'name': 1})[0]).__name__
try:
    uk(**{u'\xe9': 1})
    print 'non-ascii unicode keyword accepted'
except TypeError as e:
    print type(e).__name__, e
# non-string keys
try:
    uk(**{1: 1})
except TypeError as e:
    print type(e).__name__, e
# mapping that is not a dict
class Mapping(object):
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2
print g(**Mapping())
try:
    g(**[('a', 1)])
except TypeError as e:
    print type(e).__name__, e
# iterable for *args
print g(*iter([1, 2])), g(*(x for x in 'ab')), g(*{'p': 1, 'q': 2})

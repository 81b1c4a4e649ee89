# abs, all, any, bool, callable.
print abs(-5), abs(5), abs(-5L), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(False), abs(-2 ** 80)
import sys
print abs(-sys.maxint - 1), type(abs(-sys.maxint - 1)).__name__
for bad in ('a', None, [], (1,)):
    try:
        abs(bad)
    except TypeError as e:
        print repr(bad), type(e).__name__, e
try:
    abs()
except TypeError as e:
    print type(e).__name__, e
try:
    abs(1, 2)
except TypeError as e:
    print type(e).__name__, e
print all([]), all([1, 2]), all([1, 0]), all('abc'), all(['']), all(x > 0 for x in [1, 2]), all(iter([None]))
print any([]), any([0, 0]), any([0, 1]), any(''), any('a'), any(x > 5 for x in range(10)), any({0: 1}), any({1: 0})
# short-circuit
def gen(vals):
    for v in vals:
        print 'yield', v
        yield v
print all(gen([1, 0, 1]))
print any(gen([0, 1, 0]))
print type(all([])).__name__, type(any([1])).__name__, all([[], 1]) is False, any([[1]]) is True
for fn in (all, any):
    for bad in (5, None):
        try:
            fn(bad)
        except TypeError as e:
            print fn.__name__, type(e).__name__, e
    try:
        fn()
    except TypeError as e:
        print type(e).__name__, e
# errors raised while evaluating truth propagate
class BadBool(object):
    def __nonzero__(self):
        raise RuntimeError('truth failed')
try:
    any([BadBool()])
except RuntimeError as e:
    print type(e).__name__, e
print bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0), bool(0j)
print bool(float('nan')), bool(xrange(0)), bool(object()), bool(len), bool(x=1) if False else ''
try:
    bool(1, 2)
except TypeError as e:
    print type(e).__name__, e
print True + 0, repr(True), repr(bool(2)), isinstance(True, int), True == 1, True is 1 == 1, hash(True), True.__class__.__name__
print callable(len), callable(int), callable(lambda: 0), callable('s'), callable(str.upper), callable('s'.upper)
class C(object):
    def __call__(self):
        pass
class O:
    pass
class OC:
    def __call__(self):
        pass
print callable(C), callable(C()), callable(O), callable(O()), callable(OC()), callable(object())
try:
    callable()
except TypeError as e:
    print type(e).__name__, e

# int() and long() parsing with bases, and conversion from other types.
tests = ['0', '123', '-123', '+5', '  42  ', '\t7\n', '0x1f', '0o17', '017', '0b101', '1_0', '',
         ' ', '12a', '1.5', '9' * 25, '-' + '9' * 25, '123L', '0L', '+ 1', '--1', '1e3']
for s in tests:
    try:
        v = int(s)
        print repr(s), '->', repr(v)
    except ValueError as e:
        print repr(s), '->', type(e).__name__, e
for s in ['123', '-0', '99999999999999999999999', '123L', '123l', '0x10', ' 7 ', 'abc', '']:
    try:
        v = long(s)
        print repr(s), '-> long', repr(v)
    except ValueError as e:
        print repr(s), '-> long', type(e).__name__, e
cases = [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 16), ('-0x10', 16), ('777', 8), ('0o777', 8),
         ('0777', 8), ('101', 2), ('0b101', 2), ('z', 36), ('Zz', 36), ('10', 36), ('0x10', 0),
         ('0o10', 0), ('010', 0), ('0b10', 0), ('10', 0), ('0', 0), ('00', 0), ('08', 0), ('12', 3),
         ('3', 3), ('g', 16), ('1' * 70, 2), ('-zzzzzzzzzzzzzz', 36), ('10L', 16), ('0x', 16), ('0b', 0)]
for s, b in cases:
    try:
        v = int(s, b)
        print repr(s), b, '->', repr(v)
    except ValueError as e:
        print repr(s), b, '->', type(e).__name__, e
for b in (1, 37, -1, -2):
    try:
        int('1', b)
    except ValueError as e:
        print b, type(e).__name__, e
print int(u'42'), int(u'\u0661\u0662'), long(u'7'), int(u'  3  ')
# from floats: truncation toward zero, big floats become long
for f in (3.7, -3.7, 0.5, -0.5, 1e18, 1e19, -1e30, 2.0 ** 63, 123456789.999):
    print repr(f), int(f), type(int(f)).__name__, long(f)
for f in (float('inf'), float('-inf'), float('nan')):
    for fn in (int, long):
        try:
            fn(f)
        except (OverflowError, ValueError) as e:
            print fn.__name__, f, type(e).__name__, e
print int(True), int(False), long(True), int(5L), type(int(5L)).__name__, type(int(2 ** 70)).__name__
print int(), long(), int(-0.0)
for bad in (None, [], '1', (1,), 1j):
    try:
        int(bad) if bad != '1' else int(bad, 10.5)
    except TypeError as e:
        print repr(bad), type(e).__name__, e
try:
    int(5, 10)
except TypeError as e:
    print type(e).__name__, e
try:
    int('5', base=2)
except ValueError as e:
    print type(e).__name__, e
print int(x='11', base=2) if False else int('11', base=2)
# __int__, __trunc__ protocols
class I(object):
    def __int__(self):
        return 42
class T(object):
    def __trunc__(self):
        return 7
class L(object):
    def __long__(self):
        return 9L
class BadInt(object):
    def __int__(self):
        return 'no'
print int(I()), int(T()), long(L()), long(T())
try:
    long(I())
except TypeError as e:
    print type(e).__name__, e
try:
    int(BadInt())
except TypeError as e:
    print type(e).__name__, e
try:
    int(L())
except TypeError as e:
    print type(e).__name__, e
# int subclass
class MyInt(int):
    pass
m = MyInt(5)
print m, type(m).__name__, type(int(m)).__name__, type(m + 1).__name__, repr(m)

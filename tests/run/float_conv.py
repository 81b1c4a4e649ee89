# float() parsing and conversions, round(), int conversion.
for s in ['1', '1.5', '-1.5', '  2.5  ', '1e3', '1E-3', '.5', '5.', 'inf', '-inf', 'Infinity', '+INF',
          'nan', '-NaN', 'nAn', '0x10', '1_0', '', 'abc', '1.2.3', '1e', '1e+', ' -0 ', '\t3\n',
          '1' * 400, '1e400', '-1e400', '1e-400', 'infinit', 'in f', '++1', '0.1e1']:
    try:
        v = float(s)
        print repr(s), '->', repr(v)
    except ValueError as e:
        print repr(s), '->', type(e).__name__, e
print float(), float(1), float(-7L), float(True), float(2 ** 1023), float(u'3.25'), float(u'\u0663.5')
try:
    float(2 ** 1024)
except OverflowError as e:
    print type(e).__name__, e
for bad in (None, [], (), 1j, {}):
    try:
        float(bad)
    except TypeError as e:
        print repr(bad), type(e).__name__, e
class F(object):
    def __float__(self):
        return 2.5
class BadF(object):
    def __float__(self):
        return 'x'
class IntOnly(object):
    def __int__(self):
        return 3
print float(F())
try:
    float(BadF())
except TypeError as e:
    print type(e).__name__, e
try:
    float(IntOnly())
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
class MyF(float):
    pass
m = MyF(1.5)
print m, type(m).__name__, type(m * 2).__name__, type(float(m)).__name__, repr(m)

# round: half away from zero in Python 2, returns float
for v in (0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375, 12345.5):
    print repr(v), round(v), round(v, 2), round(v, 1)
print round(1234.5678, -2), round(1234.5678, -1), round(-1234.5678, -3), round(5, -1), round(15, -1)
print round(25, -1), round(35L, -1), type(round(5)).__name__, round(7), round(-0.0), round(0.1, 100)
print round(1e300, 2), round(1e-300, 2), round(float('inf')), round(float('-inf'), 3)
print repr(round(float('nan'))), round(123.456, 1), round(123.456, 2), round(2.5, 0)
print round(1.5, 0), round(0.5, 0), round(-0.5, 0), round(1e15 + 0.5), round(2 ** 52 + 0.5)
for args in (('1.5',), (1.5, '1'), (1.5, 1.5), (), (1, 2, 3), (1j,)):
    try:
        round(*args)
    except TypeError as e:
        print args, type(e).__name__, e
# int/long conversion of floats
print int(2.9), int(-2.9), long(2.9), int(1e10), int(-1e-10), int(1.9999999999999999)
print type(int(1e20)).__name__, int(1e20), int(2.0 ** 62), int(-2.0 ** 63), type(int(-2.0 ** 63)).__name__
print float(int(1e15)) == 1e15, int(float(2 ** 60 + 1)) == 2 ** 60

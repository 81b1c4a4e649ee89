# format() and the format-spec mini-language for int, long, float, str, bool, None.
specs_int = ['', 'd', '5', '<5', '>5', '^5', '=5', '05', '+', '-', ' ', '+05', '*^7', 'x', 'X', '#x', '#X', 'o', '#o',
             'b', '#b', 'c', 'n', ',', '10,', '012,', '#010x', 'e', 'f', 'g', '%', '.2f', '.1%', 'E', 'G', '_<6']
for v in (0, 7, -7, 255, 123456789, -(2 ** 65), True):
    print repr(v), [format(v, s) for s in specs_int if not (s == 'c' and not 0 <= v < 256)]
specs_float = ['', 'f', '.0f', '.2f', '10.3f', '<10.2f', '^10', '>10', '=+10.1f', '010.2f', 'e', '.3e', 'E', 'g', '.3g',
               'G', '%', '.2%', 'n', '+', ' ', ',.2f', ',', '.0e', '.10g', '.1', '.17', '20']
for v in (0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1234567.891, 1e-7, 1e16, 1e21, 0.1, 100.0, float('inf'), float('nan')):
    print repr(v), [format(v, s) for s in specs_float]
for v in ('abc', u'uni', ''):
    print repr(v), [format(v, s) for s in ('', 's', '5', '<5', '>5', '^5', '*^7', '.2', '7.2', '^6.1', '->4')]
print format(None), format(None, ''), format(True), format(False, ''), format(True, 'd'), format(False, '>6')
print format([1, 2]), format((1,)), format({1: 2}), format(1 + 2j, ''), format(2L, 'x')
print repr(format(u'x', '')), repr(format('x', u'')), repr(format(1, u'd')), repr(format(1.5, u'.2f'))
print format(1234567, ',d'), format(-1234567.891, ',.2f'), format(12345678901234567890, ','), format(1000, '08,')
print format(10, '+#x'), format(-10, '#o'), format(10, '#b'), format(0, '#x'), format(65, 'c'), format(0x263a, 'c') if False else ''
print format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f')
print format(1e100, ''), format(1e100, 'f')[:10], format(123.456, '.1e'), format(1.0, '.0e'), format(9.999, '.2f')
print format(1.0), format(1.0, 'g'), format(10.0, ''), format(1e15, ''), format(1e16, ''), format(12345678901.0, '')
errors = [(1, 'q'), (1, 's'), (1.5, 'd'), (1.5, 'x'), ('a', 'd'), ('a', '='), ('a', '+'), (1, ',c'), (1, '.2d'),
          (1.5, 'c'), (1, '#c'), (1, '5,,'), ('s', ','), (1, '1000000000000000000000'), (1, 'xx'), (None, 'd'),
          ([], '>5'), (1.5, '#c'), (1.5, '#g'), (2.0, '#.0f'), (1 + 1j, 'd'), (1, '=^'), (True, 's')]
for v, spec in errors:
    try:
        r = format(v, spec)
        print repr(v), repr(spec), 'ok', repr(r)
    except (ValueError, TypeError, OverflowError) as e:
        print repr(v), repr(spec), type(e).__name__, e
try:
    format(1, 2)
except TypeError as e:
    print type(e).__name__, e
try:
    format()
except TypeError as e:
    print type(e).__name__, e
class F(object):
    def __format__(self, spec):
        return 'F:' + spec
class BadF(object):
    def __format__(self, spec):
        return 42
print format(F(), 'xyz'), '{0:abc}'.format(F())
try:
    format(BadF(), '')
except TypeError as e:
    print type(e).__name__, e
print int.__format__(5, '>3'), float.__format__(2.5, '.3f'), str.__format__('s', '^3'), object.__format__(F, '') if False else ''

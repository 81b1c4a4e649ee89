# repr/str of int and long; hex, oct, bin.
for v in (0, 1, -1, 255, -255, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 0L, -1L, 10 ** 25):
    print repr(v), str(v), hex(v), oct(v), bin(v), '%d' % v, '%x' % v, '%o' % v
print repr(1L), str(1L), `5L`, [1L, 2], (3L,), {4L: 5L}
print hex(255L), oct(8L), bin(5L), hex(-1L)
print hex(True), oct(False), bin(True)
class Idx(object):
    def __index__(self):
        return 10
class HexOct(object):
    def __hex__(self):
        return 'custom hex'
    def __oct__(self):
        return 'custom oct'
print bin(Idx()), hex(HexOct()), oct(HexOct())
for fn in (hex, oct, bin):
    for bad in (1.5, '1', None):
        try:
            fn(bad)
        except TypeError as e:
            print fn.__name__, repr(bad), type(e).__name__, e
try:
    hex(Idx())
except TypeError as e:
    print type(e).__name__, e
class BadHex(object):
    def __hex__(self):
        return 5
try:
    hex(BadHex())
except TypeError as e:
    print type(e).__name__, e
print int.__repr__(5), long.__repr__(5L), long.__str__(5L), int.__str__(-3)
print (5).__hex__(), (5L).__oct__(), (5).__oct__(), (0).__oct__()
print repr(-0), repr(int('-0')), 1000000000000000000000L
print format(255, 'x'), format(255, '#X'), format(255, 'b'), format(-255, '#o'), format(10 ** 20, ',')

# chr, ord, unichr, hex, oct, bin round trips.
print [chr(i) for i in (65, 97, 48, 32, 126)], repr(chr(0)), repr(chr(10)), repr(chr(127)), repr(chr(128)), repr(chr(255))
print ord('A'), ord('\n'), ord('\xff'), ord(u'\u20ac'), ord(u'\U0001F600'), ord(bytearray('z')) if False else ord('z')
print all(ord(chr(i)) == i for i in range(256)), all(ord(unichr(i)) == i for i in range(0, 0x110000, 997))
print repr(unichr(65)), repr(unichr(0x20ac)), repr(unichr(0x1F600)), repr(unichr(0xd800)), type(unichr(65)).__name__
print repr(chr(True)), chr(65L), repr(unichr(97L))
for fn, args in ((chr, (256,)), (chr, (-1,)), (chr, ('A',)), (chr, ()), (chr, (1, 2)), (unichr, (0x110000,)),
                 (unichr, (-5,)), (ord, ('ab',)), (ord, ('',)), (ord, (65,)), (ord, ()), (ord, (u'',)), (ord, (bytearray('ab'),))):
    try:
        r = fn(*args)
        print fn.__name__, args, 'ok', repr(r)
    except (TypeError, ValueError) as e:
        print fn.__name__, args, type(e).__name__, e
class I(object):
    def __index__(self):
        return 66
class N(object):
    def __int__(self):
        return 67
for obj in (I(), N()):
    try:
        print repr(chr(obj))
    except TypeError as e:
        print type(e).__name__, e
print hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(8), oct(-8), bin(0), bin(5), bin(-5), bin(2 ** 65)
print int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-7), 0), long(hex(2 ** 70)[:-1], 16)

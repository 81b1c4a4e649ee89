# buffer: views of str, unicode, bytearray and buffer objects, read-only.
def r(x):
    s = repr(x)
    out = []
    i = 0
    while True:
        j = s.find('0x', i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j] + 'ADDR')
        k = j + 2
        while k < len(s) and s[k] in '0123456789abcdef':
            k += 1
        i = k
    return ''.join(out)
import sys
print sys.maxunicode
b = buffer('hello world', 2, 5)
print r(b), str(b), len(b), b[0], b[-1], b[1:3], b[::2], repr(b[:])
print buffer(u'ab'), len(buffer(u'ab')), repr(str(buffer(u'ab')))
print str(buffer(bytearray('xyz'), 1))
print buffer('abc') == buffer('abc'), buffer('abc') < buffer('abd'), buffer('abc') == 'abc', cmp(buffer('a'), buffer('b'))
print hash(buffer('abc')) == hash('abc')
print buffer('ab') + 'cd', buffer('ab') + buffer('cd'), buffer('ab') * 3
try: 'cd' + buffer('ab')
except Exception as e: print type(e).__name__, e
try: buffer(bytearray('ab')).__hash__()
except Exception as e: print type(e).__name__, e
try: hash(buffer(bytearray('ab')))
except Exception as e: print type(e).__name__, e
for args in [(5,), ([],), ('abc', -1), ('abc', 0, -1), ('abc', 0, -2), ('abc', 5), ('abc', 1.5), ('abc', 'x'), ('abc', 1, 'y'), (), ('a', 1, 2, 3)]:
    try: b = buffer(*args); print 'ok', repr(str(b)), len(b)
    except Exception as e: print type(e).__name__, e
try: buffer('abc', offset=1)
except Exception as e: print type(e).__name__, e
b = buffer('abc')
for f in [lambda: b.__setitem__(0, 'x'), lambda: b[5], lambda: b['x'], lambda: b.__delitem__(0), lambda: b.__setslice__(0, 1, 'x')]:
    try: print f()
    except Exception as e: print type(e).__name__, e
try:
    b[0] = 'x'
except Exception as e: print type(e).__name__, e
try:
    b[0:1] = 'x'
except Exception as e: print type(e).__name__, e
print type(b), type(b).__name__, buffer.__doc__ is not None
print dir(buffer)
print buffer(buffer('abcdef', 1), 2, 2), buffer(buffer('abcdef', 1, 3), 1, 10)
print r(buffer('abc')), r(buffer('abc', 1, 1))
print b[1:2] , b[-10:10], b[2:1], b[::-1], b[1::2], b[5:]
print list(b), 'b' in b, [x for x in buffer('xy')]
print '%s' % buffer('pp')
print repr(str(buffer(u'\xe9'))[:2])
class S(str): pass
print buffer(S('sub'))
try:
    class B(buffer): pass
except TypeError as e: print e
print buffer('') == buffer(''), buffer('a') != buffer('a'), buffer('a') > 'a'
print buffer('abc', 1) == buffer('bc'), buffer('abc', 10) == buffer(''), len(buffer('abc', 10)), len(buffer('abc', 1, 10))
print buffer(b, 0, 0) is b
print r(buffer('abc')), r(buffer('abc', 1)), r(buffer('abc', 1, 1)), r(buffer(buffer('abcdef', 1), 2)), r(buffer(buffer('abcdef', 1, 3), 1, 10))
print r(buffer(u'ab', 1)), r(buffer(bytearray('abc'))), str(buffer(u'ab', 1, 2))
print repr(str(buffer(u'ab', 1, 2)))
try: print buffer('abc').__reduce__()
except Exception as e: print type(e).__name__, e
print buffer('abc', 0, 2) == buffer('ab'), buffer('ab') <= buffer('abc'), buffer('abc', 3) < buffer('a')
print buffer('ab') * -1, repr(str(buffer('ab') * 0)), type(buffer('ab') * 2), type(buffer('a') + 'b')
try: buffer('ab') + 5
except Exception as e: print type(e).__name__, e
try: buffer('ab') + u'x'
except Exception as e: print type(e).__name__, e
try: buffer('ab') * 'x'
except Exception as e: print type(e).__name__, e
print 2 * buffer('ab'), buffer('ab') + bytearray('c')
print buffer('ab') == None, buffer('ab') < None, [str(x) for x in sorted([buffer('b'), buffer('a')])]
print b.__len__(), b.__getitem__(0), b.__getslice__(0, 2), b.__str__()
print buffer('abcdef')[1:5:2], buffer('abcdef')[-2:], buffer('abcdef')[slice(None, None, -2)]
print len(buffer('abcdef', 2, 0)), str(buffer('abc', 3, 5))
try: buffer('abc')[1.5]
except Exception as e: print type(e).__name__, e
try: buffer('abc')[2**70]
except Exception as e: print type(e).__name__, e
print buffer('abc')[True], buffer('abc')[-3]
try: buffer('abc')[-4]
except Exception as e: print type(e).__name__, e
ba = bytearray('hello')
bb = buffer(ba, 1, 3)
print bb
ba[2] = 'X'
print bb
del ba[:]
print repr(str(bb)), len(bb)

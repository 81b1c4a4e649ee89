# memoryview: views of str, bytearray and buffer bytes, indexing, slicing, assignment into a bytearray, comparisons and attributes.
def t(s, f):
    try: r = repr(f())
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print s, '->', r
b = bytearray('abcdef')
m = memoryview(b)
t('m[0]', lambda: m[0])
t('m[-1]', lambda: m[-1])
t('m[10]', lambda: m[10])
t('m[1:3]', lambda: m[1:3].tobytes())
t('m[::2]', lambda: m[::2])
t('m[1:3:1]', lambda: m[1:3:1].tobytes())
t('m["a"]', lambda: m['a'])
t('m[1.5]', lambda: m[1.5])
def s1(): m[0] = 'z'; return b
t('m[0]=z', s1)
def s2(): m[1:3] = 'QQ'; return b
t('m[1:3]=QQ', s2)
def s3(): m[1:3] = 'Q'; return b
t('m[1:3]=Q', s3)
def s4(): m[0] = 5; return b
t('m[0]=5', s4)
def s5(): m[0] = 'ab'; return b
t('m[0]=ab', s5)
def s6(): del m[0]
t('del m[0]', s6)
ms = memoryview('xyz')
def s7(): ms[0] = 'a'
t('ro set', s7)
t('len', lambda: len(m))
t('eq', lambda: m == 'zQQdef')
t('eq2', lambda: m == b)
t('eq3', lambda: m == memoryview('zQQdef'))
t('eq4', lambda: m == 5)
t('ne', lambda: m != 'x')
t('hash', lambda: hash(ms))
t('list', lambda: list(m))
t('mv()', lambda: memoryview())
t('mv(x=1)', lambda: memoryview(x=1))
t('mv(object=b)', lambda: memoryview(object=b).tobytes())
t('mv(1)', lambda: memoryview(1))
t('mv(None)', lambda: memoryview(None))
t('mv(u"x")', lambda: memoryview(u"x"))
t('tolist', lambda: m.tolist())
t('tobytes(1)', lambda: m.tobytes(1))
t('type', lambda: type(m))
t('dir', lambda: [x for x in dir(m) if not x.startswith('__')])
t('attrs', lambda: (m.format, m.itemsize, m.ndim, m.readonly, m.shape, m.strides, m.suboffsets, ms.readonly))
t('in', lambda: 'z' in m)
t('bool', lambda: bool(memoryview('')))
class S(str): pass
t('sub', lambda: memoryview(S('ab')).tobytes())
t('m2', lambda: memoryview(m).readonly)
t('m3', lambda: memoryview(m[2:4]).tobytes())
t('buf', lambda: memoryview(buffer('hello', 1, 3)).tobytes())
t('slice neg', lambda: m[-2:].tobytes())
t('class', lambda: m.__class__)
print type(memoryview.__doc__).__name__  # the text is pystm's own
print isinstance(m, memoryview)
try:
    class X(memoryview): pass
except TypeError as e: print e

# Operators on unsupported types: the TypeError messages of 2.7.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

class New(object):
    pass
class Old:
    pass
values = [('1', 1), ("'s'", 's'), ("u'u'", u'u'), ('1.5', 1.5), ('None', None), ('[1]', [1]),
          ('(1,)', (1,)), ('{}', {}), ('1j', 1j), ('New()', New())]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('**', lambda a, b: a ** b), ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b),
       ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b)]
pairs = [(0, 1), (0, 4), (1, 0), (3, 0), (4, 4), (4, 5), (5, 6), (6, 7), (2, 8), (9, 0), (0, 9), (8, 2), (3, 3), (1, 5)]
for i, j in pairs:
    (na, a), (nb, b) = values[i], values[j]
    for name, op in ops:
        t('%s %s %s' % (na, name, nb), lambda: op(a, b))

t('1 + Old()', lambda: 1 + Old())
t('Old() + Old()', lambda: Old() + Old())
t('Old() * 2', lambda: Old() * 2)
t('-"s"', lambda: -'s')
t('+[1]', lambda: +[1])
t('~1.5', lambda: ~1.5)
t('~"s"', lambda: ~'s')
t('-None', lambda: -None)
t('abs("s")', lambda: abs('s'))
t('-New()', lambda: -New())
t('~Old()', lambda: ~Old())
t('pow(2, 3, 0)', lambda: pow(2, 3, 0))
t('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
t('pow(2, -1, 5)', lambda: pow(2, -1, 5))
t('pow("a", 2, 3)', lambda: pow('a', 2, 3))
t('[1] * 1.5', lambda: [1] * 1.5)
t('"ab" * "c"', lambda: 'ab' * 'c')
t('(1,) * None', lambda: (1,) * None)
t('[1] + (2,)', lambda: [1] + (2,))
t('(1,) + [2]', lambda: (1,) + [2])
t('"a" + 1', lambda: 'a' + 1)
t('u"a" + 1', lambda: u'a' + 1)
t('[] + "s"', lambda: [] + 's')
t('bytearray("a") + 1', lambda: bytearray('a') + 1)
t('{} + {}', lambda: {} + {})
t('set() + set()', lambda: set() + set())
t('set() - [1]', lambda: set() - [1])
t('set() | [1]', lambda: set() | [1])
t('1 << -1', lambda: 1 << -1)
t('1 >> -1', lambda: 1 >> -1)
t('1L << -1', lambda: 1L << -1)
t('1 ** -1', lambda: 1 ** -1)
t('(-8) ** (1.0/3)', lambda: (-8) ** (1.0 / 3))
t('0.0 ** -1', lambda: 0.0 ** -1)
t('0 ** -1', lambda: 0 ** -1)
t('"%s" % ()', lambda: '%s' % ())
def aug(op):
    src = 'x = 1\nx %s= "s"\n' % op
    def f():
        exec src in {}
    return f
for op in ('+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^'):
    t('x %s= "s"' % op, aug(op))
def listaug():
    l = [1]
    l += 5
t('l += 5', listaug)
def tupaug():
    t_ = (1,)
    t_ += [2]
t('t += [2]', tupaug)
def straug():
    s = 'a'
    s *= 'b'
t('s *= "b"', straug)

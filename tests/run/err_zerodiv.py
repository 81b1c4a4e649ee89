# ZeroDivisionError messages for int, long, float, complex, modulo, divmod.
from __future__ import division
import math

def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

# true division is on in this file: use operator.div for classic division
import operator
t('1 / 0', lambda: 1 / 0)
t('1L / 0', lambda: 1L / 0)
t('1.0 / 0', lambda: 1.0 / 0)
t('1 / 0.0', lambda: 1 / 0.0)
t('1j / 0', lambda: 1j / 0)
t('div(1, 0)', lambda: operator.div(1, 0))
t('div(1L, 0L)', lambda: operator.div(1L, 0L))
t('div(1.0, 0)', lambda: operator.div(1.0, 0))
t('div(1j, 0)', lambda: operator.div(1j, 0))
t('1 // 0', lambda: 1 // 0)
t('1L // 0', lambda: 1L // 0)
t('1.0 // 0', lambda: 1.0 // 0)
t('1.0 // 0.0', lambda: 1.0 // 0.0)
t('1j // 0', lambda: 1j // 0)
t('1 % 0', lambda: 1 % 0)
t('1L % 0L', lambda: 1L % 0L)
t('1.0 % 0', lambda: 1.0 % 0)
t('1j % 0', lambda: 1j % 0)
t('divmod(1, 0)', lambda: divmod(1, 0))
t('divmod(1L, 0)', lambda: divmod(1L, 0))
t('divmod(1.0, 0)', lambda: divmod(1.0, 0))
t('divmod(1j, 0)', lambda: divmod(1j, 0))
t('0 ** -1', lambda: 0 ** -1)
t('0L ** -1', lambda: 0L ** -1)
t('0.0 ** -1', lambda: 0.0 ** -1)
t('0j ** -1', lambda: 0j ** -1)
t('0j ** 1j', lambda: 0j ** 1j)
t('pow(0, -2)', lambda: pow(0, -2))
t('1 / False', lambda: 1 / False)
t('10 ** 30 / 0', lambda: 10 ** 30 / 0)
t('(10 ** 30) % 0', lambda: (10 ** 30) % 0)
t('1.0 / -0.0', lambda: 1.0 / -0.0)
t('0.0 / 0.0', lambda: 0.0 / 0.0)
t('float("inf") / 0', lambda: float('inf') / 0)
t('math.fmod(1, 0)', lambda: math.fmod(1, 0))
t('math.log(1, 1)', lambda: math.log(1, 1))
t('"%d" % (1 / 0)', lambda: '%d' % (1 / 0))
x = 5
def aug():
    y = 5
    y /= 0
t('y /= 0', aug)
def aug2():
    y = 5
    y %= 0
t('y %= 0', aug2)
def aug3():
    y = 5.0
    y //= 0
t('y //= 0', aug3)
t('sum([1]) / len([])', lambda: sum([1]) / len([]))
t('reduce(operator.div, [1, 0])', lambda: reduce(operator.div, [1, 0]))
print issubclass(ZeroDivisionError, ArithmeticError)
try:
    1 // 0
except ArithmeticError as e:
    print 'caught as ArithmeticError:', e

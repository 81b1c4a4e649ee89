# Records CPython 2.7's cmath results for cmath_test.go:
#   PYENV_VERSION=2.7.18 python2 testdata/gen_cmath.py > testdata/cmath.txt
# One line per call: function, the arguments' real and imaginary parts
# (float.hex), then the result's parts (float.hex) or the exception's
# class name.
import cmath

inf = float('inf')
nan = float('nan')
specials = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
finite = [-1e300, -3.0, -1.0, -0.5, -1e-310, 0.0, 1e-310, 0.25, 1.0, 1.5, 7.0, 800.0, 1e300]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']


def h(x):
    return float.hex(x)


def emit(name, args, f):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        out = type(e).__name__
    else:
        if isinstance(r, tuple):
            out = ' '.join(h(x) for x in r)
        elif isinstance(r, float):
            out = h(r)
        else:
            out = h(r.real) + ' ' + h(r.imag)
    print name, ' '.join(h(a.real) + ' ' + h(a.imag) if isinstance(a, complex) else h(a) for a in args), '|', out

for name in names + ['phase', 'polar']:
    f = getattr(cmath, name)
    for x in specials:
        for y in specials:
            emit(name, [complex(x, y)], f)
    for x in finite:
        for y in finite:
            emit(name, [complex(x, y)], f)
for x in specials:
    for y in specials:
        emit('rect', [x, y], cmath.rect)
for x in finite:
    for y in [0.0, 0.5, -2.0, 3.0]:
        emit('rect', [x, y], cmath.rect)
for x in [0j, 2 + 0j, 1 + 1j, -1 + 0j, 0.5j]:
    for b in [0j, 1 + 0j, 2 + 0j, 10 + 0j, 1j]:
        emit('log2', [x, b], cmath.log)

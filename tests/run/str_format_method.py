# str.format: field names, auto/manual numbering, attributes, indexing, conversions, nesting, escapes.
print '{0} {1} {0}'.format('a', 'b')
print '{} {} {}'.format(1, 2, 3)
print '{name} is {age}'.format(name='Ann', age=7)
print '{0[0]} {0[1]} {1[key]} {1[0]}'.format(['x', 'y'], {'key': 'v', 0: 'zero?', '0': 'str0'})
print '{0.real} {0.imag} {1.__name__}'.format(3 + 4j, int)
print '{a[1][0]} {a[2].imag}'.format(a=[0, ['nested'], 5j])
print '{{}} {{{0}}} {{0}}'.format('in braces')
print '{!r} {!s}'.format('q', 'q'), '{0!r:>10}|'.format('q')
print '{0!r} {0!s}'.format(u'\xe9') if False else '{0!r}'.format(u'\xe9')
print '{:>8}|{:<8}|{:^8}|{:*^9}|'.format('r', 'l', 'c', 'star')
print '{0:{1}}|{0:{fill}{align}{width}}|'.format('n', 5, fill='-', align='>', width=6)
print '{0:.{1}f}'.format(3.14159, 2), '{:{}.{}}'.format(2.718281828, 10, 3)
print '{0:d} {0:x} {0:o} {0:b} {0:X} {0:#x} {0:,}'.format(255)
print '{:.3}'.format('abcdef'), '{:.3}'.format(1.23456), '{:10.3}|'.format('xyzzy')
print 'x{}y'.format(''), '{}'.format(None), '{}'.format([1, 2]), '{}'.format((1,)), '{}'.format({'a': 1})
print '{0}{1}{0}'.format(*'ab'), '{x}{y}'.format(**{'x': 1, 'y': 2})
print '{0[-1]}'.format({'-1': 'string key'}) if False else '{0[a-b]}'.format({'a-b': 'dash key'})
print u'{0} {1}'.format('s', u'u'), type('{0}'.format(u'u')).__name__, type(u'{0}'.format('s')).__name__
print '{0:s}'.format(u'abc'), type('{0:s}'.format(u'abc')).__name__
class A(object):
    x = 'attr x'
    def __format__(self, spec):
        return 'A formatted with %r' % spec
    def __str__(self):
        return 'A-str'
    def __repr__(self):
        return 'A-repr'
print '{0} | {0:spec} | {0!s} | {0!r} | {0.x}'.format(A())
class Plain(object):
    def __str__(self):
        return 'plain'
print '{0} {0:} {0:>7}'.format(Plain())
print '{0:>10}'.format(Plain()) if False else '{0!s:>10}|'.format(Plain())
errors = ['{', '}', '{0', '{0}}', '{0!x}', '{0!}', '{a}', '{1}', '{0[}', '{0.}', '{:d}', '{0:d}', '{} {0}', '{0} {}',
          '{0.nope}', '{0[5]}', '{0[a]}', '{0:>{1}}', '{:=>5s}', '{!r:}', '{0:,s}', '{0:.2d}', '{0:x}', '{:c}', '{0:f}']
for fmt in errors:
    try:
        r = fmt.format('abc')
        print repr(fmt), 'ok', repr(r)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print repr(fmt), type(e).__name__, e
for fmt, args in (('{:d}', 1.5), ('{:s}', 1), ('{:f}', 'x'), ('{:,}', 'x'), ('{:+s}', 'x'), ('{:c}', -1), ('{:=5}', 'x')):
    try:
        r = fmt.format(args)
        print repr(fmt), repr(args), 'ok', repr(r)
    except (ValueError, TypeError, OverflowError) as e:
        print repr(fmt), repr(args), type(e).__name__, e
try:
    '{0}'.format()
except IndexError as e:
    print type(e).__name__, e
try:
    '{x}'.format(1)
except KeyError as e:
    print type(e).__name__, e
print '{0}'.format(1, 2, 3), '{a}'.format(a=1, b=2)
print '{0:{1}{2}}'.format(3.5, '>', 8), '{0:{width}.{prec}f}'.format(2.0 / 3, width=10, prec=4)
try:
    '{0:{1:{2}}}'.format(1, 2, 3)
except ValueError as e:
    print type(e).__name__, e
print str.format('{0}-{1}', 'a', 'b'), format.__name__

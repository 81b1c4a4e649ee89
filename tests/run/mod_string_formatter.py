# string.Formatter: the basics and overriding its hooks.
import string

f = string.Formatter()
print f.format('{0} and {1}', 'a', 'b')
print f.format('{x}-{y}', x=1, y=2)
print f.format('{0[1]} {1[k]} {2.real}', [5, 6], {'k': 'v'}, 3j)
print f.format('{0:>6}|{1:<4}|{2:^5}|', 'r', 'l', 'c')
print f.format('{0:08.3f} {1:x} {1:#o} {2!r} {2!s}', 3.14159, 255, 'q')
print f.format('{{literal}} {0}', 'x')
print f.vformat('{0}{name}', ('pos',), {'name': 'kw'})
print list(f.parse('a{0}b{1:>3}c{x!r}'))
print list(f.parse('plain'))
print list(f.parse('{{}}'))
print f.get_field('0.imag', (2 + 5j,), {})[0]
print f.convert_field('x', 'r'), f.convert_field('x', 's'), f.convert_field('x', None)
print f.format_field(7, '03d')

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return string.Formatter.format_field(self, value, spec).upper()
print Upper().format('{0} {1:x}', 'abc', 255)

class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return string.Formatter.get_value(self, key, args, kwargs)
print Defaults().format('{a} {b} {0}', 'zero', a='A')

class Checked(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError('unused: %s' % sorted(unused))
try:
    Checked().format('{a}', a=1, b=2)
except ValueError as e:
    print 'ValueError:', e

for bad, args in (('{0}', ()), ('{x}', ()), ('{0!z}', (1,)), ('{', ()), ('}', ()), ('{0:d}', ('s',)), ('{}', ('auto',))):
    try:
        print f.format(bad, *args)
    except Exception as e:
        print repr(bad), type(e).__name__ + ':', e

# string: constants, Template, Formatter, maketrans and the old functions.
import string
import sys
T = string.Template
for tmpl, kw in [('$who likes $what', dict(who='tim', what='kung pao')),
                 ('$$ ${who}x $who$who', dict(who=1)),
                 ('$ x', {}), ('abc$', {}), ('${who', dict(who=1)), ('line1\nline2 $1', {}),
                 ('${}', {}), ('$_a1 ${_B2}', {'_a1': 'A', '_B2': 'B'}), (u'$x \xe9', {'x': 'y'}),
                 ('$x', {'x': u'\xe9'}), ('$missing', {}), ('a\r\nb\n$ ', {}), ('$X', {'X': 1}),
                 ('$\xe9', {}), (u'$\xe9', {})]:
    t = T(tmpl)
    for meth in ('substitute', 'safe_substitute'):
        try: print repr(getattr(t, meth)(kw))
        except Exception as e: print meth, type(e).__name__, e
try: T('$a').substitute({'a': 1}, {'a': 2})
except Exception as e: print type(e).__name__, e
print T('$a $b').substitute({'a': 1, 'b': 2}, b=3), T('$a').safe_substitute(a=5)
try: T.substitute()
except Exception as e: print type(e).__name__, e
try: T(5).substitute()
except Exception as e: print type(e).__name__, e
class P(T):
    delimiter = '%'
print P('%who $x %%').substitute(who=1)
class Q(T):
    idpattern = '[a-z]+'
print Q('$ab1 $AB').safe_substitute(ab='z', AB='Y')
class R(T):
    delimiter = 'AT'
print R('AT x at x').safe_substitute(x=5)
print T.pattern.flags, P.pattern.pattern == T.pattern.pattern.replace('\\$', '%')
print P('%x').pattern.match('%x').group('named'), T('').pattern.search('a $b').span()


class Custom(T):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )'''
print Custom('#a #<b> ## #1').safe_substitute(a='A', b='B')
print repr(Custom('x\n#1').safe_substitute())
try:
    Custom('x\n  #1').substitute()
except ValueError as e:
    print e


class NoGroups(T):
    pattern = r'@(?P<named>x)|(?P<other>@)'
try:
    NoGroups('@x @').substitute(x=1)
except (ValueError, IndexError) as e:
    print type(e).__name__, e.args[0]
print T(buffer('$a b')).substitute(a=1)
try:
    T(u'$a').substitute(a='\xe9')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError', e
try:
    T('$a').substitute(a=u'\xe9') + '\xe9'
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError'
print T('${a}${b}').substitute(a=[1], b=(2,)), T('$a').substitute(a=(1, 2))

for name in ['whitespace', 'lowercase', 'uppercase', 'letters', 'ascii_lowercase',
             'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable']:
    print name, repr(getattr(string, name))
print len(string._idmap), string._idmap == ''.join(map(chr, range(256)))
for a in [('ab', 'cd'), ('a', 'bc'), (u'ab', u'cd'), (u'\xe9', u'x'), (1, 2),
          (bytearray('a'), 'b'), ('a', buffer('b')), ('a', 1), ('', '')]:
    try:
        t = string.maketrans(*a)
        print len(t), repr(t[97:100])
    except Exception as e:
        print type(e).__name__, e
print string.capwords(' hello   WORLD  x '), string.capwords('a-b-c', '-'), \
    string.capwords(''), repr(string.capwords(u'\xe9t\xe9 abc'))
for f, args in [('lower', ('AbC',)), ('upper', ('abc',)), ('swapcase', ('aB',)),
                ('strip', ('  x  ',)), ('strip', ('xxaxx', 'x')), ('lstrip', (' a ',)),
                ('rstrip', (' a ',)), ('split', ('a b  c',)), ('split', ('a,b,c', ',', 1)),
                ('splitfields', ('a b',)), ('rsplit', ('a b c', None, 1)),
                ('join', (['a', 'b'],)), ('join', (['a', 'b'], '-')),
                ('joinfields', (('x', 'y'), '')), ('index', ('abc', 'c')),
                ('index', ('abc', 'z')), ('rindex', ('abcabc', 'b')),
                ('count', ('aaa', 'a')), ('count', ('aaa', 'a', 1)), ('find', ('abc', 'b')),
                ('find', ('abc', 'z')), ('rfind', ('abab', 'b', 0, 3)),
                ('atof', ('1.5',)), ('atof', ('x',)), ('atoi', ('12',)), ('atoi', ('ff', 16)),
                ('atoi', ('0x1f', 0)), ('atoi', ('z',)), ('atol', ('12',)), ('atol', ('12L', 0)),
                ('ljust', ('a', 3)), ('rjust', ('a', 3, '*')), ('center', ('a', 4)),
                ('zfill', ('-3', 4)), ('zfill', (-3, 4)), ('zfill', (3.5, 6)), ('zfill', (7L, 4)),
                ('expandtabs', ('a\tb',)), ('expandtabs', ('a\tb', 2)),
                ('translate', ('abc', string.maketrans('ab', 'xy'))),
                ('translate', ('abc', string.maketrans('ab', 'xy'), 'c')),
                ('translate', ('abc', None, 'b')), ('translate', (u'abc', string.maketrans('a', 'z'))),
                ('capitalize', ('hELLO',)), ('replace', ('aaa', 'a', 'b')),
                ('replace', ('aaa', 'a', 'b', 2))]:
    try:
        print f, repr(getattr(string, f)(*args))
    except Exception as e:
        print f, type(e).__name__, e
print string.atoi_error, string.index_error, string.atof_error, string.atol_error

# Formatter
F = string.Formatter()


class Obj(object):
    attr = 'ATTR'
    lst = [10, 20]

    def __format__(self, spec):
        return 'Obj<%s>' % spec

    def __repr__(self):
        return 'Obj()'
cases = ['', 'abc', '{0}', '{0}{1}', 'a{0}b{1}c', '{{', '}}', 'a{{b}}c', '{0!r}',
         '{0!r:>8}', '{0:{1}}', '{0!}', '{0!rx}', '{0!r:}', '{0!s}', '{0!x}', '{0',
         '0}', 'a}b', '{0}}', 'x{', '{0:}', '{0[}]}', '{0{}', '{{0}}', '}', '{',
         'ab}}', '{0:{{}}}', '{!}', '{0!rr}', '{0:x!r}', '{0!:}', '{}', '{:}',
         '{x}', '{x.attr}', '{x.lst[1]}', '{x.lst[0]:>5}', '{x.nope}', '{0.real}',
         '{2}', '{0[0]}', '{x[a]}', '{0:{1}{2}}', '{0:{1:{2}}}', '{0:{1:{2:{3}}}}',
         '{0.}', '{0[}', '{0[0]x}', '{0..a}', '{0[]}', '{00}', '{0:.{1}f}',
         '{x!r:^10}', '{0!s:*<6}', '{0:%}', '{a.b.c}', '{0:{{}', u'{0}\xe9',
         '{x:spec}', '{0[1]}', '{1234567890123456789012345}']
for c in cases:
    try:
        print repr(c), repr(F.format(c, 3.25, 7, 2, 1, x=Obj(), a={'b': 1}))
    except Exception as e:
        print repr(c), type(e).__name__, e
    try:
        print '   ', list(F.parse(c))
    except Exception as e:
        print '    parse', type(e).__name__, e
print repr(F.format('{0}', u'\xe9')), repr(F.format(u'{0}', 'x')), repr(F.format('{0}', u'x'))
print F.vformat('{0} {a}', (1,), {'a': 2}), F.format(format_string='{x}', x=4)
try:
    F.format()
except TypeError as e:
    print e
try:
    string.Formatter.format()
except TypeError as e:
    print 'TypeError'
print F.get_field('0.real', [5], {}), F.get_field('k[0]', [], {'k': 'xy'}), \
    F.get_value(0, [9], {}), F.get_value('k', [], {'k': 1}), \
    F.convert_field(1, 'r'), F.convert_field('a', 's'), F.format_field(3, '05')
try:
    F.convert_field(1, 'q')
except ValueError as e:
    print e
try:
    F.parse(5)
except AttributeError as e:
    print 'AttributeError'


class Checker(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print 'used', sorted(used), 'unused', [i for i in range(len(args)) if i not in used], \
            [k for k in sorted(kwargs) if k not in used]

    def get_value(self, key, args, kwargs):
        print 'get_value', repr(key),
        return string.Formatter.get_value(self, key, args, kwargs)
print Checker().format('{0}{2}{x}{0:{1}}', 'a', 3, 'c', 'd', x=1, y=2)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return string.Formatter.format_field(self, value, spec).upper()

    def parse(self, s):
        for t in string.Formatter.parse(self, s):
            print 'piece', t
            yield t
print Upper().format('a{0}b{1:x}', 'q', 255)


class EmptyId(string.Template):
    idpattern = '[a-z]*'
for meth in ('substitute', 'safe_substitute'):
    try:
        print repr(getattr(EmptyId('a $ b $x ${y}'), meth)(x=1, y=2))
    except Exception as e:
        print type(e).__name__, e.args[0]


class Dot(string.Template):
    delimiter = '.'
print Dot('.x ..y .{x}').substitute(x=1), Dot('a.b').safe_substitute()


class Word(string.Template):
    delimiter = 'at'
print Word('at1 atx ATx atat aTy').safe_substitute(x='X', y='Y')
